-- PostgreSQL only (EngineSchemaMigrations adds this folder on PostgreSQL).
-- With authorization on, every task query joins ACT_RU_AUTHORIZATION on
-- RESOURCE_ID_ IN (task id, process definition key, '*') and filters it by permission bits,
-- PERMS_ & 2 = 2 (READ) and PERMS_ & 64 = 64 (READ_TASK). Without statistics on these
-- expressions PostgreSQL guesses 0.5 % of the rows match, so it estimates a dozen rows where a
-- group has one per open task, and compares every task with every authorization (4 million
-- comparisons, over a second for 2 000 tasks of a group; docs/performance.md). With statistics on
-- the expressions it probes the index on RESOURCE_ID_ per task instead. Expression statistics need
-- PostgreSQL 14; older servers are left as they are.
do $$
begin
    if current_setting('server_version_num')::int >= 140000 then
        execute 'create statistics if not exists vr_ru_auth_perms_read on (PERMS_ & 2) from ACT_RU_AUTHORIZATION';
        execute 'create statistics if not exists vr_ru_auth_perms_read_task on (PERMS_ & 64) from ACT_RU_AUTHORIZATION';
        execute 'analyze ACT_RU_AUTHORIZATION';
    end if;
end
$$;
