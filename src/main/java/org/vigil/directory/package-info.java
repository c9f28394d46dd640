/**
 * Directory of authorities: the state bodies and officials an appeal is addressed or copied to —
 * heads of state and government, ministries, embassies, permanent missions in Geneva, police and
 * detention authorities — each with its forms of address per language, the languages it reads and
 * its contact channels (postal address, fax, email, web form), every channel carrying the date it
 * was last known to be right and where that came from. An entry nobody has checked shows as
 * unverified, a channel older than {@code vigil.directory.stale-after} as possibly stale.
 * Administrators curate the directory on its pages, through the API and by CSV import and export;
 * a starting directory is loaded into empty tables on the first start. It publishes
 * {@link org.vigil.directory.AuthorityDirectory} (the entries) and {@link org.vigil.directory.Addressees}
 * (the addressees and copies it suggests for the state that holds the people).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory of authorities")
package org.vigil.directory;
