package org.vigil.bench.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.vigil.platform.UsageException;

/**
 * What {@code bench run} measures and how hard. Only loopback addresses are accepted: the driver
 * is a measuring tool, never a load generator against someone else's server.
 *
 * @param url the server's base address, on loopback
 * @param token the bench user's API token
 * @param username the bench user, for the login and HTML scenarios
 * @param password the bench user's password
 * @param clients the numbers of concurrent clients to measure with, e.g. 1 and 8
 * @param requests the requests per scenario and client count (after warm-up)
 * @param warmup the requests per scenario sent first and not measured
 * @param out where the JSON results go; the readable table goes beside it as {@code .txt}
 * @param pid the server's process id, to read its resident memory; null if unknown
 * @param launch a Vigil jar to start (and stop) for the run, measuring its start-up; or null
 * @param jdbc a database to run the baselines against instead of the application's own
 * @param only the names of the scenarios to run; empty for all
 * @param totpKey the bench user's second-factor key (base32), or null before the first enrolment
 */
record DriverSettings(URI url, String token, String username, String password, List<Integer> clients, int requests, int warmup,
		Path out, Long pid, Path launch, JdbcTarget jdbc, List<String> only, String totpKey) {

	/** A database reached directly, for the baselines. */
	record JdbcTarget(String url, String user, String password) {
	}

	/**
	 * What was not given on the command line, from what {@code bench generate} saved; then checked.
	 * @throws UsageException when no token is given or saved, or a number is out of range
	 */
	DriverSettings completedWith(Optional<BenchCredentials> saved) {
		URI base = URI.create(url.toString().replaceAll("/+$", ""));
		requireLoopback(base);
		String apiToken = token != null ? token : saved.map(BenchCredentials::token)
			.orElseThrow(() -> new UsageException("--token is required (or run 'bench generate' first, which saves one)."));
		if (requests < 1 || warmup < 0 || clients.isEmpty() || clients.stream().anyMatch(c -> c < 1 || c > 64)) {
			throw new UsageException("--requests must be at least 1, --warmup at least 0 and each of --clients between 1 and 64.");
		}
		return new DriverSettings(base, apiToken,
				username != null ? username : saved.map(BenchCredentials::username).orElse(BenchAccount.USERNAME),
				password != null ? password : saved.map(BenchCredentials::password).orElse(null), clients, requests, warmup, out, pid,
				launch, jdbc, only, totpKey != null ? totpKey : saved.map(BenchCredentials::totpKey).orElse(null));
	}

	/** Refuses any address that does not resolve to this machine's loopback interface. */
	static void requireLoopback(URI url) {
		if (!"http".equals(url.getScheme()) || url.getHost() == null) {
			throw new UsageException("--url must be an http:// address on loopback, such as http://127.0.0.1:8080.");
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
				if (!address.isLoopbackAddress()) {
					throw new UsageException("The load driver only talks to this machine (loopback); '" + url.getHost()
							+ "' is not a loopback address.");
				}
			}
		}
		catch (UnknownHostException ex) {
			throw new UsageException("Unknown host '" + url.getHost() + "'.");
		}
	}

	DriverSettings withUrl(URI newUrl) {
		return new DriverSettings(newUrl, token, username, password, clients, requests, warmup, out, pid, launch, jdbc, only, totpKey);
	}

	DriverSettings withPid(long newPid) {
		return new DriverSettings(url, token, username, password, clients, requests, warmup, out, newPid, launch, jdbc, only, totpKey);
	}

}
