-- The staff's workspace: where a vendor's market share comes from (4.1.c), and the indexes its lists
-- page and filter on (a large firm: 10 000 vendors, 40 000 services and contracts).

alter table vendor add column market_share_source varchar(200);
alter table vendor add column market_share_as_of date;

-- contracts ending soon (status SIGNED, term_end within 90 days)
create index ix_contract_status_term_end on contract (status, term_end);
-- certificates of one vendor by expiry (the vendor list's "certificate expiring" filter)
create index ix_certificate_vendor_expiry on certificate (vendor_id, expires_on);
-- services of one vendor by status (the vendor list's status, criticality and cloud filters)
create index ix_outsourced_service_vendor_status on outsourced_service (vendor_id, status);
