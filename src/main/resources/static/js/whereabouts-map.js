/*
 * The whereabouts map: each person's path through the places of custody to the expected destination,
 * the border of the country of feared return and each place's distance to it, drawn with Leaflet on
 * the offline basemap that Vigil serves itself (no tile server: no request leaves Vigil). The
 * timeline beside the map says the same in words, for screen readers and print.
 *
 * A map is a <div class="whereabouts-map"> whose data attributes name what to fetch and the words to
 * show (already in the reader's language). The script may arrive with a fragment htmx loads, more
 * than once: it draws every map not yet drawn, and loads Leaflet itself when it is not there yet.
 */
(function () {
  'use strict';

  var COLOURS = { CUSTODY: '#6b5b95', HELD: '#b22222', SIGHTING: '#2e7d32', ORIGIN: '#6b5b95', DESTINATION: '#d35400' };

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status + ' for ' + url);
      }
      return response.json();
    });
  }

  /** A tooltip's content as text, never as markup: labels are written by people. */
  function label(lines) {
    var box = document.createElement('span');
    lines.forEach(function (line, i) {
      if (i > 0) {
        box.appendChild(document.createElement('br'));
      }
      box.appendChild(document.createTextNode(line));
    });
    return box;
  }

  function draw(container) {
    if (container.getAttribute('data-drawn')) {
      return;
    }
    container.setAttribute('data-drawn', 'drawing');
    var words = container.dataset;
    Promise.all([json(words.map), json(words.basemap)]).then(function (answers) {
      var data = answers[0];
      var map = L.map(container, { attributionControl: false, zoomSnap: 0.5, worldCopyJump: false });
      // The view first: Leaflet draws paths and labels only on a map that has one.
      var bounds = L.latLngBounds(data.places.map(function (place) { return [place.lat, place.lon]; }));
      if (bounds.isValid()) {
        map.fitBounds(bounds.pad(0.6), { maxZoom: 8 });
      }
      else {
        map.setView([35, 105], 3);
      }
      if (window.ResizeObserver) {
        // The section's style sheet may arrive after the script: follow the map's size as it settles.
        new ResizeObserver(function () { map.invalidateSize(); }).observe(container);
      }
      L.geoJSON(answers[1], {
        interactive: false,
        style: { color: '#9a9a9a', weight: 1, fillColor: '#f3f0e8', fillOpacity: 1 }
      }).addTo(map);
      if (words.outline) {
        json(words.outline).then(function (outline) {
          L.geoJSON(outline, { interactive: false, className: 'feared-return-border',
            style: { color: '#b22222', weight: 2.5, fill: false } }).addTo(map);
        }).catch(function () { /* the border is a help, the timeline says the distances */ });
      }
      data.paths.forEach(function (path) {
        var points = path.points;
        var done = path.expectedLast ? points.slice(0, points.length - 1) : points;
        if (done.length > 1) {
          L.polyline(done, { color: '#444', weight: 3, className: 'whereabouts-path' }).addTo(map);
        }
        if (path.expectedLast) {
          L.polyline(points.slice(points.length - 2), { color: COLOURS.DESTINATION, weight: 3, dashArray: '6 6',
            className: 'whereabouts-path expected' }).addTo(map);
        }
      });
      data.places.forEach(function (place) {
        var lines = [place.label + ' — ' + words['role' + place.role]];
        if (place.km !== null && place.km !== undefined) {
          lines.push(words.km.replace('__KM__', place.km.toLocaleString(document.documentElement.lang || undefined)));
        }
        L.circleMarker([place.lat, place.lon], { radius: place.role === 'HELD' || place.role === 'DESTINATION' ? 8 : 6,
          color: COLOURS[place.role] || '#444', weight: 2, fillOpacity: 0.7, className: 'whereabouts-place' })
          .addTo(map)
          // The destination's label below it: it is often near the place of custody, whose label is to the right.
          .bindTooltip(label(lines), { permanent: true, direction: place.role === 'DESTINATION' ? 'bottom' : 'right',
            className: 'whereabouts-label' });
      });
      container.setAttribute('data-drawn', 'drawn');
    }).catch(function (failure) {
      container.setAttribute('data-drawn', 'failed');
      container.setAttribute('data-failure', String(failure && failure.message ? failure.message : failure));
      container.textContent = words.failed || String(failure);
      if (window.console) {
        console.error(failure);
      }
    });
  }

  function drawAll(root) {
    var maps = (root || document).querySelectorAll('.whereabouts-map');
    if (maps.length === 0) {
      return;
    }
    var leaflet = maps[0].dataset.leaflet;
    if (window.L) {
      maps.forEach(draw);
    }
    else if (leaflet && !document.querySelector('script[data-leaflet]')) {
      var script = document.createElement('script');
      script.src = leaflet;
      script.setAttribute('data-leaflet', 'true');
      script.addEventListener('load', function () { drawAll(document); });
      document.head.appendChild(script);
    }
  }

  if (!window.vigilWhereaboutsMaps) {
    window.vigilWhereaboutsMaps = true;
    document.addEventListener('htmx:load', function (event) { drawAll(event.target); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  }
  else {
    drawAll(document);
  }
})();
