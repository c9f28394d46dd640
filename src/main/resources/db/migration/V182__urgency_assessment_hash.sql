-- ------------------------------------------------------------ urgency: what each assessment says, as a hash
-- A hash of what a stored assessment says (its team, reference, case status, level, reasons, next
-- step, last action and level since; not when it was assessed), so that a recomputation can tell
-- an assessment that came out the same and leave its row alone: recomputing an unchanged dataset
-- writes nothing, and PostgreSQL rewrites only the cases whose assessment moved. Null until the row
-- is next written (every row written before this column existed is written once more).
alter table urgency_assessments add column content_hash bigint;
