-- The cycle-time report reads the claims of a period's tasks as one range of claim times
-- (see CycleTimeQueries.tasks) instead of one lookup per task: index that range, read from the
-- index alone, and drop V5's per-task index, which nothing reads any more. Portable H2 + PostgreSQL.

create index if not exists vr_hi_identitylink_claims
    on ACT_HI_IDENTITYLINK (TYPE_, OPERATION_TYPE_, TIMESTAMP_, TASK_ID_);

drop index if exists vr_hi_identitylink_task_type;
