-- Found by the benchmark harness (docs/benchmarks.md, "HTML case page"): the history of a case reads
-- each source's audited person links by source id; without this index every read scanned the
-- whole source_persons_aud table, so the case page slowed down as the database grew.
create index source_persons_aud_source on source_persons_aud (source_id, rev);
