-- Briefing schema v2: actors and motives carry a review status, so ingestion can propose CANDIDATE
-- actors and motives that an editor confirms or rejects. Every record that exists at upgrade time was
-- curated or written by an editor: CONFIRMED.
alter table actor add column status varchar(20) default 'CONFIRMED' not null;
alter table motive add column status varchar(20) default 'CONFIRMED' not null;
create index ix_actor_status on actor (status);
create index ix_motive_status on motive (status);
