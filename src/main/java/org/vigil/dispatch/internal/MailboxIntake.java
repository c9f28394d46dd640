package org.vigil.dispatch.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the reply mailbox ({@code vigil.dispatch.imap.*}): every message not yet seen is kept — matched
 * to its appeal by thread ({@code In-Reply-To}/{@code References} naming a letter's Message-ID), else
 * by the appeal's reference in its subject, else by its sender when letters of one appeal only went
 * to its {@code From} address by email (a weaker match, shown as such), else left in triage — and then
 * flagged as seen. A message
 * already kept (same Message-ID) is not kept twice. One reading at a time. The mailbox's password is
 * handed to the IMAP session only: never logged, never shown.
 */
@Service
class MailboxIntake {

	private static final Logger log = LoggerFactory.getLogger(MailboxIntake.class);

	/** A message larger than this is kept as its headers and a note, not its content. */
	static final int MAX_MESSAGE_BYTES = 50 * 1024 * 1024;

	/** Messages flagged as seen in one command: at most this many are read again after a crash. */
	private static final int SEEN_AT_ONCE = 100;

	/** Sources held at once, read and not yet taken in: a group is taken in early rather than hold more. */
	private static final long GROUP_BYTES = 32L * 1024 * 1024;

	/** A group's messages whole, headers and body, in one {@code FETCH}. */
	private static final FetchProfile WHOLE_MESSAGES = new FetchProfile();

	static {
		WHOLE_MESSAGES.add(IMAPFolder.FetchProfileItem.MESSAGE);
	}

	private final DispatchProperties properties;

	private final ReplyStore replies;

	private final DeliveryAttemptRepository attempts;

	private final AttemptLedger ledger;

	private final DispatchAudit audit;

	private final TransactionTemplate inOneTransaction;

	MailboxIntake(DispatchProperties properties, ReplyStore replies, DeliveryAttemptRepository attempts, AttemptLedger ledger,
			DispatchAudit audit, PlatformTransactionManager transactions) {
		this.inOneTransaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.replies = replies;
		this.attempts = attempts;
		this.ledger = ledger;
		this.audit = audit;
	}

	/**
	 * What one reading took in.
	 *
	 * @param reports the fax gateway's reports and bounces, which changed their letters' attempts rather than being kept
	 */
	record Intake(int read, int matched, int triaged, int reports) {

		Intake and(Intake more) {
			return new Intake(read + more.read, matched + more.matched, triaged + more.triaged, reports + more.reports);
		}

	}

	boolean configured() {
		return properties.imap().configured();
	}

	/** Reads the mailbox now. @throws MessagingException when the mailbox cannot be reached */
	synchronized Intake fetch(String by) throws MessagingException {
		DispatchProperties.Imap imap = properties.imap();
		String protocol = imap.ssl() ? "imaps" : "imap";
		Properties settings = new Properties();
		settings.put("mail.store.protocol", protocol);
		settings.put("mail." + protocol + ".connectiontimeout", "10000");
		settings.put("mail." + protocol + ".timeout", "30000");
		if (!imap.ssl()) {
			settings.put("mail.imap.starttls.enable", "true");
		}
		Intake took;
		Session session = Session.getInstance(settings);
		try (Store store = session.getStore(protocol)) {
			store.connect(imap.host(), imap.port(), imap.username(), imap.password());
			Folder folder = store.getFolder(imap.folder());
			folder.open(Folder.READ_WRITE);
			try {
				Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				FetchProfile sizes = new FetchProfile();
				sizes.add(FetchProfile.Item.SIZE);
				folder.fetch(unseen, sizes); // one command for every size, not one a message
				took = takeInAll(session, folder, unseen, by);
			}
			finally {
				folder.close(false);
			}
		}
		if (took.read() > 0) {
			log.info("Read {} messages from the reply mailbox: {} matched to appeals, {} waiting in triage, {} reports on letters",
					took.read(), took.matched(), took.triaged(), took.reports());
		}
		return took;
	}

	/**
	 * Takes in the messages a group at a time, each group flagged seen once taken in. The next group is
	 * read (fetched from the mailbox and parsed) on a thread of its own while this one is kept, so that the
	 * mailbox's server and the database work at the same time: two groups' sources are held at most.
	 */
	private Intake takeInAll(Session session, Folder folder, Message[] unseen, String by) throws MessagingException {
		Intake took = new Intake(0, 0, 0, 0);
		if (unseen.length == 0) {
			return took;
		}
		ExecutorService reader = Executors.newSingleThreadExecutor(task -> new Thread(task, "reply-mailbox-reader"));
		try {
			int from = 0;
			int to = groupEnd(unseen, from);
			Future<List<Read>> next = reader.submit(reading(session, folder, Arrays.copyOfRange(unseen, from, to)));
			while (next != null) {
				List<Read> group = readOf(next);
				Message[] taken = Arrays.copyOfRange(unseen, from, to);
				from = to;
				to = groupEnd(unseen, from);
				next = from < unseen.length ? reader.submit(reading(session, folder, Arrays.copyOfRange(unseen, from, to))) : null;
				took = took.and(takeIn(group, by));
				seen(folder, taken);
			}
			return took;
		}
		finally {
			reader.shutdownNow();
		}
	}

	private static Callable<List<Read>> reading(Session session, Folder folder, Message[] group) {
		return () -> read(session, folder, group);
	}

	/** The group read on the reader's thread, or what stopped it. */
	private static List<Read> readOf(Future<List<Read>> read) throws MessagingException {
		try {
			return read.get();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new MessagingException("Interrupted while reading the reply mailbox", interrupted);
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof MessagingException cause) {
				throw cause;
			}
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(failed.getCause());
		}
	}

	/**
	 * Where the group starting at {@code from} ends: at most {@link #SEEN_AT_ONCE} messages, and no more
	 * once their sources reach {@link #GROUP_BYTES} (the sizes are known, fetched for every message at once).
	 */
	private static int groupEnd(Message[] unseen, int from) {
		long bytes = 0;
		int to = from;
		while (to < unseen.length && to - from < SEEN_AT_ONCE && bytes < GROUP_BYTES) {
			int size = size(unseen[to]);
			bytes += size > MAX_MESSAGE_BYTES ? 0 : Math.max(size, 0);
			to++;
		}
		return to;
	}

	/**
	 * Reads a group: the whole of each message (but those too large to keep) fetched in one command for
	 * the group — {@code BODY.PEEK[]}, so nothing is flagged seen before it is kept — rather than one
	 * round trip a message, then each source copied out and the server's copy forgotten, so that no more
	 * than a group's sources are held at once. A group the server refuses to send together (a message it
	 * cannot render, say) is read message by message, as a message that cannot be read is kept as its note.
	 */
	private static List<Read> read(Session session, Folder folder, Message[] group) throws MessagingException {
		Message[] whole = Arrays.stream(group).filter(message -> size(message) <= MAX_MESSAGE_BYTES).toArray(Message[]::new);
		try {
			folder.fetch(whole, WHOLE_MESSAGES);
		}
		catch (FolderClosedException | StoreClosedException lost) {
			throw lost; // the connection is gone: the group stays unseen, and is read again next time
		}
		catch (MessagingException refused) {
			log.warn("The reply mailbox would not send a group of {} messages at once; reading them one by one", whole.length);
		}
		List<Read> read = new ArrayList<>(group.length);
		for (Message message : group) {
			byte[] raw = rawSource(message);
			Message readable = local(session, raw, message);
			read.add(new Read(MailReading.read(readable, raw), contentType(readable), raw));
			if (message instanceof IMAPMessage held) {
				held.invalidateHeaders(); // its source, now copied, is not held by the folder until it closes
			}
		}
		return read;
	}

	/** The message's size as the server gave it; -1 when unknown. */
	private static int size(Message message) {
		try {
			return message.getSize();
		}
		catch (MessagingException | RuntimeException unknown) {
			return -1;
		}
	}

	/** A message read from the mailbox, not yet taken in. */
	private record Read(ReceivedMail mail, String contentType, byte[] raw) {
	}

	/**
	 * Takes in a group of messages read (at most {@link #SEEN_AT_ONCE}), and forgets them: the replies kept
	 * in one transaction — one commit for the group, not one a message — then their audit entries in one
	 * group. Before the group is flagged as seen; should Vigil stop before that, the group is read again
	 * and its replies recognised by their Message-ID (those kept) or kept then (those not).
	 */
	private Intake takeIn(List<Read> group, String by) {
		if (group.isEmpty()) {
			return new Intake(0, 0, 0, 0);
		}
		List<DispatchAudit.Done> received = new ArrayList<>();
		Intake took = inOneTransaction.execute(status -> {
			int matched = 0;
			int triaged = 0;
			int reports = 0;
			received.clear();
			Set<String> keptNow = new HashSet<>();
			Set<String> known = replies.known(group.stream().map(one -> one.mail().messageId()).filter(Objects::nonNull).toList());
			Letters letters = new Letters(group);
			for (Read one : group) {
				ReceivedMail mail = one.mail();
				if (applied(mail, one.contentType(), one.raw())) {
					reports++;
				}
				else if (!keptNow.contains(mail.messageId()) && !known.contains(mail.messageId())) {
					Optional<ReplyStore.Match> match = letters.answered(mail);
					UUID id = replies.keep(mail, match, by);
					keptNow.add(mail.messageId());
					if (match.isPresent()) {
						matched++;
					}
					else {
						triaged++;
					}
					received.add(new DispatchAudit.Done("reply.received", ReplyStore.RECORD, id, match.map(ReplyStore.Match::caseId).orElse(null),
							Map.of("matchedBy", match.map(ReplyStore.Match::by).orElse("none"), "malformed", Boolean.toString(mail.malformed()))));
				}
			}
			return new Intake(group.size(), matched, triaged, reports);
		});
		audit.byVigil(received);
		return took;
	}

	/**
	 * Flags the messages taken in as seen, in one command. Should Vigil stop before,
	 * they are read again next time and recognised by their Message-ID (a report changes nothing twice).
	 */
	private static void seen(Folder folder, Message[] taken) throws MessagingException {
		if (taken.length > 0) {
			folder.setFlags(taken, new Flags(Flags.Flag.SEEN), true);
		}
	}

	/**
	 * Applies a report on letters (the fax gateway's, a bounce) to their attempts: answers whether the
	 * message was one naming a letter Vigil sent. One that names none is kept like any message, for triage.
	 */
	private boolean applied(ReceivedMail mail, String contentType, byte[] raw) {
		Optional<DeliveryReports.Report> report = DeliveryReports.of(mail, contentType, raw,
				properties.fax().domain());
		if (report.isEmpty()) {
			return false;
		}
		boolean named = false;
		for (String letter : report.get().letters()) {
			Optional<DeliveryAttempt> attempt = attempts.findByMessageId(letter);
			if (attempt.isEmpty()) {
				continue;
			}
			named = true;
			if (report.get().outcome().isPresent()
					&& ledger.reported(attempt.get().id(), report.get().outcome().get(), report.get().words(), java.time.Instant.now())) {
				audit.byVigil("dispatch.reported", "dispatch-attempt", attempt.get().id(), attempt.get().caseId(),
						Map.of("appeal", attempt.get().appealId().toString(), "channel", attempt.get().channel().name(),
								"status", report.get().outcome().get().name()));
			}
		}
		return named;
	}

	private static String contentType(Message message) {
		try {
			return message.getContentType();
		}
		catch (MessagingException | RuntimeException unreadable) {
			return null;
		}
	}

	/**
	 * The letters a group of replies may answer, looked up for the group: the letters their threads name
	 * in one query, the appeals of the references their subjects quote once a reference, and the letters
	 * sent by email to the senders of those their threads do not answer in one query.
	 */
	private final class Letters {

		private final Map<String, DeliveryAttempt> byMessageId = new HashMap<>();

		private final Map<String, Optional<ReplyStore.Match>> byReference = new HashMap<>();

		/** The senders' addresses letters of exactly one appeal went to, and that appeal's letter to each. */
		private final Map<String, ReplyStore.Match> bySender = new HashMap<>();

		Letters(List<Read> group) {
			Set<String> named = new HashSet<>();
			group.forEach(one -> named.addAll(one.mail().answers()));
			if (!named.isEmpty()) {
				attempts.findByMessageIdIn(named).forEach(attempt -> byMessageId.put(attempt.messageId(), attempt));
			}
			Set<String> senders = new HashSet<>();
			group.stream().map(Read::mail).filter(mail -> mail.senderAddress() != null && inThread(mail).isEmpty())
				.forEach(mail -> senders.add(mail.senderAddress()));
			if (!senders.isEmpty()) {
				for (DeliveryAttemptRepository.SentTo sent : attempts.sentByEmailTo(senders)) {
					// Written to for two appeals or more: which one the reply is about is for an officer to tell.
					if (sent.getAppeals() == 1) {
						bySender.put(sent.getAddress(), new ReplyStore.Match(sent.getCaseId(), sent.getAppealId(), sent.getAttemptId(), "SENDER"));
					}
				}
			}
		}

		/**
		 * The appeal the reply answers: by thread first, then by the reference its subject quotes, then by
		 * its sender's address when letters of one appeal only went there.
		 */
		Optional<ReplyStore.Match> answered(ReceivedMail mail) {
			Optional<ReplyStore.Match> thread = inThread(mail);
			if (thread.isPresent()) {
				return thread;
			}
			Optional<ReplyStore.Match> reference = LetterMail.referenceIn(mail.subject())
				.flatMap(quoted -> byReference.computeIfAbsent(quoted, this::appealOf));
			if (reference.isPresent() || mail.senderAddress() == null) {
				return reference;
			}
			return Optional.ofNullable(bySender.get(mail.senderAddress()));
		}

		private Optional<ReplyStore.Match> inThread(ReceivedMail mail) {
			for (String id : mail.answers()) {
				DeliveryAttempt attempt = byMessageId.get(id);
				if (attempt != null) {
					return Optional.of(new ReplyStore.Match(attempt.caseId(), attempt.appealId(), attempt.id(), "THREAD"));
				}
			}
			return Optional.empty();
		}

		private Optional<ReplyStore.Match> appealOf(String reference) {
			List<DeliveryAttempt> sent = attempts.findByAppealReferenceOrderByCreatedAtDesc(reference);
			// Two appeals sharing the first eight characters of their ids: an officer decides.
			boolean oneAppeal = !sent.isEmpty() && sent.stream().map(DeliveryAttempt::appealId).distinct().count() == 1;
			return oneAppeal ? Optional.of(new ReplyStore.Match(sent.get(0).caseId(), sent.get(0).appealId(), null, "REFERENCE"))
					: Optional.empty();
		}

	}

	/**
	 * The message read from the source fetched once, rather than asking the server for each header and
	 * part; the server's copy when there is no source or its headers cannot be read.
	 */
	private static Message local(Session session, byte[] raw, Message message) {
		if (raw == null) {
			return message;
		}
		try {
			return new MimeMessage(session, new ByteArrayInputStream(raw));
		}
		catch (MessagingException | RuntimeException unreadable) {
			return message;
		}
	}

	/** The message's source, read once (and kept as it is when it cannot be parsed); {@code null} when too large or unreadable. */
	private static byte[] rawSource(Message message) {
		try {
			if (message.getSize() > MAX_MESSAGE_BYTES) {
				return null;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			message.writeTo(out);
			return out.toByteArray();
		}
		catch (MessagingException | java.io.IOException | RuntimeException unreadable) {
			return null;
		}
	}

}
