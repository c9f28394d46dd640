/**
 * Places: where things happen, offline. The module owns a gazetteer — GeoNames populated places,
 * Natural Earth first-level divisions, a curated supplement of name variants for the regions
 * Vigil's cases are in, and the places and variants administrators add, which win over shipped
 * data — and Natural Earth country boundaries. It publishes {@link org.vigil.geo.Gazetteer}, which
 * resolves what people write ("Shengyang city of Lioaning province", 延吉, 화룡) into ranked
 * {@link org.vigil.geo.PlaceCandidate}s and says when the best is not clearly best, and
 * {@link org.vigil.geo.Borders}, which answers how far a point is from a country (geodesic, 0
 * inside), which country a point is in and which border crossing is nearest. Everything is in
 * memory, built at start-up from resources shipped inside the application: no request leaves the
 * machine. Place names are reference data, never protected values.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places", allowedDependencies = { "platform", "accounts", "audit" })
package org.vigil.geo;
