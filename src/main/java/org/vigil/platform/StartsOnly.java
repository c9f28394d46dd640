package org.vigil.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The modules an operator {@link Command} works with, by name ({@code "accounts"}, {@code "audit"}):
 * when it starts on its own, it starts only their beans, entities and repositories, with
 * {@code platform}'s, instead of the whole application — Hibernate then maps a handful of entities
 * instead of every module's. A command without it starts every module (it may run any module's
 * listener, as {@code events resubmit} does). {@code CommandScopeTests} checks that each scope holds
 * what its command needs and every listener of the events published inside it.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StartsOnly {

	/** Names of the application's modules (top-level packages) besides {@code platform}. */
	String[] value();

}
