package org.vigil.publishing.internal.site;

/** A country, region or theme the site lists items under: its key in addresses, its name, how many items. */
public record Facet(String key, String name, int items) {
}
