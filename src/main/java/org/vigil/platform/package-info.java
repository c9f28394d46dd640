/**
 * The ground every other module stands on: the Vigil home directory, the embedded PostgreSQL
 * that starts when no external database is configured, the command-line launcher for operator
 * commands (and the owner-only socket through which a running server runs them), the page layout and one place that turns failures into friendly pages and RFC 9457
 * problem details. It knows nothing of cases or people.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.vigil.platform;
