package org.vigil.platform.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * One page of a list that grows without bound (the case list): the API's one paging convention.
 * The route takes {@code page} (from 0) and {@code size} (1 to {@value #MAX_SIZE}, {@value #DEFAULT_SIZE}
 * unless given) and, where the list can be ordered, {@code sort} by name; the description declares
 * {@code page} and {@code size} once and every route answering an {@code ApiPage} refers to them.
 * Lists bounded by the record they belong to (a case's persons, sources, appeals, files, history)
 * and computed answers (place candidates, obligations) come whole, as a JSON array.
 *
 * @param items the records of this page
 * @param page this page's number, from 0
 * @param size the most records a page holds
 * @param totalItems how many records the whole list has
 * @param totalPages how many pages that makes
 */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 200;

	/** The page asked for, with its number and size brought into range. */
	public static PageRequest request(int page, int size, Sort sort) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE), sort);
	}

	/** The API's page of a found page, each record mapped to its answer. */
	public static <E, T> ApiPage<T> of(Page<E> found, Function<E, T> answer) {
		return new ApiPage<>(found.map(answer).getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

}
