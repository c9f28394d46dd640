package org.vigil.bench.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.IntFunction;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The bare work behind each scenario, done directly: the SQL a request needs over plain JDBC
 * (one connection per worker, rows read in full), or the password hash a login needs. Vigil's
 * figure divided by these is what the application itself adds.
 */
final class Baselines {

	private static final String VISIBLE_CASE = """
			select c.* from cases c where c.id = ? and (c.team_id = ? or exists (select 1 from case_shares s
			where s.case_id = c.id and s.user_id = ? and (s.expires_at is null or s.expires_at > ?)))""";

	private final Connection[] connections;

	private final ScenarioData data;

	Baselines(Connection[] connections, ScenarioData data) {
		this.connections = connections;
		this.data = data;
	}

	/** The visible case and its team, as {@code GET /api/cases/{id}} reads them. */
	Runner.Task casePage(IntFunction<UUID> caseId) {
		return (worker, i) -> {
			Connection c = connections[worker];
			UUID id = caseId.apply(i);
			// Every query runs, as in the request, whatever the first one found.
			boolean visible = visibleCase(c, id);
			boolean team = readAll(c, "select * from teams where id = ?", data.teamId());
			return visible && team;
		};
	}

	/** The visible case and its persons in order. */
	Runner.Task persons(UUID caseId) {
		return (worker, i) -> {
			Connection c = connections[worker];
			boolean visible = visibleCase(c, caseId);
			boolean persons = readAll(c, "select * from persons where case_id = ? order by created_at", caseId);
			return visible && persons;
		};
	}

	/**
	 * Everything the HTML case page reads today: the case, its team, persons, sources (with their
	 * links) and the history of all three (which the page now loads after it is shown, by htmx).
	 */
	Runner.Task fullCase(IntFunction<UUID> caseId) {
		return (worker, i) -> {
			Connection c = connections[worker];
			UUID id = caseId.apply(i);
			// Every query runs, as in the request, whatever the earlier ones found.
			boolean[] read = { visibleCase(c, id), readAll(c, "select * from teams where id = ?", data.teamId()),
					readAll(c, "select * from persons where case_id = ? order by created_at", id),
					readAll(c, "select s.*, sp.person_id from sources s left join source_persons sp on sp.source_id = s.id "
							+ "where s.case_id = ? order by s.created_at", id),
					readAll(c, "select a.*, r.* from cases_aud a join revinfo r on r.id = a.rev where a.id = ? order by a.rev", id),
					readAll(c, "select a.*, r.* from persons_aud a join revinfo r on r.id = a.rev where a.case_id = ? order by a.rev", id),
					readAll(c, "select a.*, r.*, sp.person_id from sources_aud a join revinfo r on r.id = a.rev "
							+ "left join source_persons_aud sp on sp.source_id = a.id and sp.rev = a.rev where a.case_id = ? order by a.rev", id) };
			for (boolean found : read) {
				if (!found) {
					return false;
				}
			}
			return true;
		};
	}

	/** The viewer's live shares, then one page of a filtered case list of their team and its total count. */
	Runner.Task caseList(IntFunction<CaseListQuery> queries) {
		return (worker, i) -> {
			Connection c = connections[worker];
			CaseListQuery q = queries.apply(i);
			boolean noShares;
			try (PreparedStatement shares = c.prepareStatement(
					"select case_id from case_shares where user_id = ? and (expires_at is null or expires_at > ?)")) {
				shares.setObject(1, data.userId());
				shares.setTimestamp(2, Timestamp.from(Instant.now()));
				noShares = drain(shares.executeQuery()) == 0;
			}
			String where = " from cases c where c.team_id = ?" + q.sqlCondition();
			try (PreparedStatement page = c.prepareStatement("select c.*" + where + " order by c.updated_at desc, c.id limit ? offset ?");
					PreparedStatement count = c.prepareStatement("select count(*)" + where)) {
				page.setObject(1, data.teamId());
				int next = q.bind(page, 2);
				page.setInt(next, CaseListQuery.SIZE);
				page.setInt(next + 1, q.page() * CaseListQuery.SIZE);
				count.setObject(1, data.teamId());
				q.bind(count, 2);
				return noShares & drain(page.executeQuery()) >= 0 & drain(count.executeQuery()) == 1
						& readAll(c, "select * from teams where id = ?", data.teamId());
			}
		};
	}

	/** A case opened and three persons recorded, each in its own transaction with its history rows, as the API does. */
	Runner.Task createCaseWithPersons() {
		return (worker, i) -> {
			Connection c = connections[worker];
			c.setAutoCommit(false);
			try {
				UUID caseId = UUID.randomUUID();
				int year = Year.now(ZoneOffset.UTC).getValue();
				int number;
				try (PreparedStatement next = c.prepareStatement("""
						insert into case_reference_counters (country, year, last_number) values ('CN', ?, 1)
						on conflict (country, year) do update set last_number = case_reference_counters.last_number + 1
						returning last_number""")) {
					next.setInt(1, year);
					ResultSet rows = next.executeQuery();
					rows.next();
					number = rows.getInt(1);
				}
				Timestamp now = Timestamp.from(Instant.now());
				long rev = revision(c);
				for (String table : new String[] { "cases", "cases_aud" }) {
					boolean aud = table.endsWith("_aud");
					update(c, "insert into " + table + " (id, " + (aud ? "rev, revtype, " : "") + "reference, title, summary, "
							+ "country_of_custody, country_of_feared_return, status, priority, priority_rank, team_id, created_at, "
							+ "created_by, updated_at, updated_by, version) values (?, " + (aud ? rev + ", 0, " : "")
							+ "?, ?, ?, 'CN', 'KP', 'OPEN', 'HIGH', 1, ?, ?, 'bench', ?, 'bench', 0)", caseId, "CN " + number + "/" + year,
							"Baseline case " + i, "Held in Shenyang.", data.teamId(), now, now);
				}
				c.commit();
				for (int p = 0; p < 3; p++) {
					visibleCase(c, caseId);
					long personRev = revision(c);
					UUID personId = UUID.randomUUID();
					for (String table : new String[] { "persons", "persons_aud" }) {
						boolean aud = table.endsWith("_aud");
						update(c, "insert into " + table + " (id, " + (aud ? "rev, revtype, " : "") + "case_id, kind, number_of_persons, "
								+ "role, public_label, name, created_at, created_by, version) values (?, " + (aud ? personRev + ", 0, " : "")
								+ "?, 'INDIVIDUAL', 1, 'AT_RISK', ?, '김영철', ?, 'bench', 0)", personId, caseId, "Person " + (p + 1),
								Timestamp.from(Instant.now()));
					}
					c.commit();
				}
				return true;
			}
			catch (SQLException ex) {
				c.rollback();
				throw ex;
			}
			finally {
				c.setAutoCommit(true);
			}
		};
	}

	/**
	 * What the largest case's whereabouts need: the visible case, its persons and sources, the first
	 * page of its entries and each person's latest entries (for the map).
	 */
	Runner.Task whereabouts(UUID caseId) {
		return (worker, i) -> {
			Connection c = connections[worker];
			boolean[] read = { visibleCase(c, caseId), readAll(c, "select * from persons where case_id = ? order by created_at", caseId),
					readAll(c, "select s.*, sp.person_id from sources s left join source_persons sp on sp.source_id = s.id "
							+ "where s.case_id = ? order by s.created_at", caseId),
					readAll(c, "select e.* from whereabouts_entries e join persons p on p.id = e.person_id where e.case_id = ? "
							+ "order by p.created_at, p.id, e.date_earliest, e.created_at limit 200", caseId),
					readAll(c, "select r.* from (select w.*, row_number() over (partition by w.person_id order by w.date_earliest desc) n "
							+ "from whereabouts_entries w where w.case_id = ?) r where r.n <= 50", caseId) };
			for (boolean found : read) {
				if (!found) {
					return false;
				}
			}
			return true;
		};
	}

	/** The Argon2id verification a password login performs, with the application's own encoder. */
	static Runner.Task passwordCheck(PasswordEncoder encoder, String password) {
		String hash = encoder.encode(password);
		return (worker, i) -> encoder.matches(password, hash);
	}

	/** The worker's own connection, for the baselines other classes keep (e.g. {@link LawScenarios}). */
	Connection connection(int worker) {
		return connections[worker];
	}

	boolean visibleCase(Connection c, UUID caseId) throws SQLException {
		try (PreparedStatement query = c.prepareStatement(VISIBLE_CASE)) {
			query.setObject(1, caseId);
			bindAccessFrom(query, 2);
			return drain(query.executeQuery()) == 1;
		}
	}

	private int bindAccessFrom(PreparedStatement statement, int first) throws SQLException {
		statement.setObject(first, data.teamId());
		statement.setObject(first + 1, data.userId());
		statement.setTimestamp(first + 2, Timestamp.from(Instant.now()));
		return first + 3;
	}

	private static long revision(Connection c) throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("insert into revinfo (timestamp, username) values (?, 'bench') returning id")) {
			insert.setLong(1, System.currentTimeMillis());
			ResultSet rows = insert.executeQuery();
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void update(Connection c, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = c.prepareStatement(sql)) {
			for (int p = 0; p < parameters.length; p++) {
				statement.setObject(p + 1, parameters[p]);
			}
			statement.executeUpdate();
		}
	}

	static boolean readAll(Connection c, String sql, Object parameter) throws SQLException {
		try (PreparedStatement query = c.prepareStatement(sql)) {
			query.setObject(1, parameter);
			return drain(query.executeQuery()) >= 0;
		}
	}

	/** Reads every column of every row, as a mapper would, and answers the row count. */
	private static int drain(ResultSet rows) throws SQLException {
		try (rows) {
			int columns = rows.getMetaData().getColumnCount();
			int count = 0;
			while (rows.next()) {
				for (int col = 1; col <= columns; col++) {
					rows.getObject(col);
				}
				count++;
			}
			return count;
		}
	}

}
