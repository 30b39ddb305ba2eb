-- Indexes for the cycle-time report (tw.vendorrisk.reporting), on tables the engine creates.
-- Runs after the engine has created its schema (see EngineSchemaMigrations); portable H2 + PostgreSQL.

-- per-step figures: the tasks completed in the period with all the report reads of them,
-- so that they come from the index alone
create index if not exists vr_hi_task_end_report
    on ACT_HI_TASKINST (END_TIME_, PROC_DEF_KEY_, TASK_DEF_KEY_, START_TIME_, DELETE_REASON_, ID_);

-- claim time of a task: its first assignee, looked up per task
create index if not exists vr_hi_identitylink_task_type
    on ACT_HI_IDENTITYLINK (TASK_ID_, TYPE_, OPERATION_TYPE_, TIMESTAMP_);
