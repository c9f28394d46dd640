package org.vigil.directory;

/** What an authority is, which decides where a suggestion puts it (addressee or copy). */
public enum AuthorityKind {

	HEAD_OF_STATE,
	HEAD_OF_GOVERNMENT,
	MINISTRY_OF_INTERIOR,
	MINISTRY_OF_PUBLIC_SECURITY,
	MINISTRY_OF_JUSTICE,
	MINISTRY_OF_FOREIGN_AFFAIRS,
	/** The state's embassy in another country ({@link Authority#hostCountry()}). */
	EMBASSY,
	/** The state's permanent mission to the United Nations Office at Geneva. */
	PERMANENT_MISSION_GENEVA,
	POLICE,
	DETENTION_AUTHORITY,
	OTHER

}
