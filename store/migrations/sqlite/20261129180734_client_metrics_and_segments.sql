-- +goose Up
-- create "classification_schemes" table
CREATE TABLE `classification_schemes` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `key` text NOT NULL, `name_zh` text NOT NULL, `name_en` text NOT NULL, `description` text NULL, `classes` json NOT NULL, `version` integer NOT NULL DEFAULT (1), `updated_at` datetime NOT NULL);
-- set sequence for "classification_schemes" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("classification_schemes", 167503724544);
-- create index "classification_schemes_key_key" to table: "classification_schemes"
CREATE UNIQUE INDEX `classification_schemes_key_key` ON `classification_schemes` (`key`);
-- create "client_metrics" table
CREATE TABLE `client_metrics` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `refreshed_at` datetime NOT NULL, `total_assets` integer NULL, `age` integer NULL, `tenure_months` integer NULL, `trades_30d` integer NULL, `trades_90d` integer NULL, `trades_365d` integer NULL, `trade_amount_90d` integer NULL, `last_trade_on` datetime NULL, `days_since_last_trade` integer NULL, `net_inflow_30d` integer NULL, `net_inflow_90d` integer NULL, `net_inflow_365d` integer NULL, `position_ratio` integer NULL, `avg_assets_90d` integer NULL, `turnover_180d` integer NULL, `trading_style` text NULL, `preferred_asset_class` text NULL, `revenue_365d` integer NULL, `commission_365d` integer NULL, `market_value` integer NULL, `cash` integer NULL, `stock_weight` integer NULL, `fund_weight` integer NULL, `holds_products` bool NULL, `product_value` integer NULL, `last_contact_on` datetime NULL, `days_since_last_contact` integer NULL, `contacts_90d` integer NULL, `contacts_365d` integer NULL, `complaints_365d` integer NULL, `margin_debt` integer NULL, `margin_active` bool NULL, `margin_usage` integer NULL, `maintenance_ratio` integer NULL, `has_credit_account` bool NULL, `risk_expires_in_days` integer NULL, `unrealised_pnl` integer NULL, `return_365d` integer NULL, `asset_growth_365d` integer NULL, `outflow_ratio_90d` integer NULL, `online_trade_share_180d` integer NULL, `last_purchase_on` datetime NULL, `products_bought` integer NULL);
-- set sequence for "client_metrics" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("client_metrics", 163208757248);
-- create "client_metrics_more" table
CREATE TABLE `client_metrics_more` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `birth_month` integer NULL, `first_account_opened_on` datetime NULL, `account_count` integer NULL, `dormant_account_count` integer NULL, `has_fund_account` bool NULL, `has_otc_account` bool NULL, `has_options_account` bool NULL, `has_futures_account` bool NULL, `has_hk_connect` bool NULL, `id_expires_in_days` integer NULL, `tag_count` integer NULL, `status_changed_on` datetime NULL, `concentration` integer NULL, `position_count` integer NULL, `industry_count` integer NULL, `stock_value` integer NULL, `bond_value` integer NULL, `exchange_fund_value` integer NULL, `public_fund_value` integer NULL, `money_market_value` integer NULL, `wealth_product_value` integer NULL, `bond_weight` integer NULL, `wealth_weight` integer NULL, `cash_weight` integer NULL, `sh_value` integer NULL, `sz_value` integer NULL, `bj_value` integer NULL, `hk_value` integer NULL, `product_count` integer NULL, `loss_position_count` integer NULL, `max_assets_365d` integer NULL, `min_assets_365d` integer NULL, `assets_year_ago` integer NULL, `avg_assets_30d` integer NULL, `avg_assets_180d` integer NULL, `avg_assets_365d` integer NULL, `trades_180d` integer NULL, `trade_amount_30d` integer NULL, `trade_amount_180d` integer NULL, `trade_amount_365d` integer NULL, `buy_amount_30d` integer NULL, `buy_amount_90d` integer NULL, `buy_amount_180d` integer NULL, `buy_amount_365d` integer NULL, `sell_amount_30d` integer NULL, `sell_amount_90d` integer NULL, `sell_amount_180d` integer NULL, `sell_amount_365d` integer NULL, `turnover_30d` integer NULL, `turnover_90d` integer NULL, `turnover_365d` integer NULL, `first_trade_on` datetime NULL, `instruments_traded_90d` integer NULL, `preferred_market` text NULL, `preferred_instrument_type` text NULL, `preferred_trade_channel` text NULL, `app_trade_share_180d` integer NULL, `stock_trade_share_180d` integer NULL, `fund_trade_share_180d` integer NULL, `bond_trade_share_180d` integer NULL, `avg_trade_amount_365d` integer NULL, `net_buy_90d` integer NULL, `active_trader_30d` bool NULL, `last_login_on` datetime NULL, `days_since_last_login` integer NULL, `logins_30d` integer NULL, `logins_90d` integer NULL, `net_inflow_180d` integer NULL, `inflow_30d` integer NULL, `inflow_90d` integer NULL, `inflow_180d` integer NULL, `inflow_365d` integer NULL, `outflow_30d` integer NULL, `outflow_90d` integer NULL, `outflow_180d` integer NULL, `outflow_365d` integer NULL, `transfers_in_365d` integer NULL, `transfers_out_365d` integer NULL, `transfers_90d` integer NULL, `bank_transfer_share_365d` integer NULL, `avg_transfer_in_365d` integer NULL, `last_inflow_on` datetime NULL, `last_outflow_on` datetime NULL, `days_since_last_inflow` integer NULL, `dividends_365d` integer NULL, `cash_interest_365d` integer NULL, `net_inflow_ratio_365d` integer NULL, `large_outflow_90d` bool NULL, `unrealised_pnl_ratio` integer NULL, `realised_pnl_365d` integer NULL, `pnl_365d` integer NULL, `excess_return_365d` integer NULL, `beats_benchmark_365d` bool NULL, `in_profit` bool NULL, `loss_position_share` integer NULL, `dividend_yield_365d` integer NULL, `revenue_30d` integer NULL, `revenue_90d` integer NULL, `revenue_180d` integer NULL, `commission_30d` integer NULL, `commission_90d` integer NULL, `commission_180d` integer NULL, `fees_30d` integer NULL, `fees_90d` integer NULL, `fees_180d` integer NULL, `fees_365d` integer NULL, `margin_interest_30d` integer NULL, `margin_interest_90d` integer NULL, `margin_interest_180d` integer NULL, `margin_interest_365d` integer NULL, `commission_ytd` integer NULL, `fees_ytd` integer NULL, `revenue_ytd` integer NULL, `product_fees_365d` integer NULL, `revenue_to_assets_365d` integer NULL, `commission_rate_365d` integer NULL, `product_sales_365d` integer NULL, `risk_rank` integer NULL, `risk_lowest` bool NULL, `risk_assessed_on` datetime NULL, `risk_expires_on` datetime NULL, `risk_assessment_expired` bool NULL, `risk_assessment_count` integer NULL, `max_product_risk` text NULL, `holds_above_tolerance` bool NULL, `high_risk_share` integer NULL, `id_expired` bool NULL, `contacts_30d` integer NULL, `contacts_180d` integer NULL, `complaints_total` integer NULL, `last_complaint_on` datetime NULL, `marketing_contacts_365d` integer NULL, `consultations_365d` integer NULL, `risk_disclosures_365d` integer NULL, `phone_contacts_365d` integer NULL, `visits_365d` integer NULL, `wechat_contacts_365d` integer NULL, `preferred_contact_channel` text NULL, `open_follow_ups` integer NULL, `overdue_follow_ups_30d` integer NULL, `uncontacted_90d` bool NULL, `credit_assets` integer NULL, `credit_market_value` integer NULL, `credit_cash` integer NULL, `margin_call_risk` bool NULL, `margin_buffer` integer NULL, `margin_interest_ytd` integer NULL, `pushes_90d` integer NULL, `pushes_read_90d` integer NULL, `push_read_rate_90d` integer NULL, `campaign_responses_365d` integer NULL, `campaign_response_rate_365d` integer NULL, `last_push_on` datetime NULL, `paid_orders` integer NULL, `orders_365d` integer NULL, `cancelled_orders_365d` integer NULL, `product_purchases_total` integer NULL, `days_since_last_purchase` integer NULL, `product_buyer` bool NULL);
-- set sequence for "client_metrics_more" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("client_metrics_more", 188978561024);
-- create "saved_segments" table
CREATE TABLE `saved_segments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name` text NOT NULL, `description` text NULL, `rule` json NOT NULL, `visibility` text NOT NULL DEFAULT ('PRIVATE'), `branch_id` integer NULL, `member_count` integer NULL, `counted_at` datetime NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `owner_id` integer NOT NULL, CONSTRAINT `saved_segments_users_owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "saved_segments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("saved_segments", 171798691840);
-- create index "savedsegment_owner_id" to table: "saved_segments"
CREATE INDEX `savedsegment_owner_id` ON `saved_segments` (`owner_id`);
-- create index "savedsegment_visibility_branch_id" to table: "saved_segments"
CREATE INDEX `savedsegment_visibility_branch_id` ON `saved_segments` (`visibility`, `branch_id`);
-- create "scheme_revisions" table
CREATE TABLE `scheme_revisions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `version` integer NOT NULL, `classes` json NOT NULL, `note` text NULL, `changed_at` datetime NOT NULL, `scheme_id` integer NOT NULL, `changed_by_id` integer NULL, CONSTRAINT `scheme_revisions_classification_schemes_revisions` FOREIGN KEY (`scheme_id`) REFERENCES `classification_schemes` (`id`) ON DELETE NO ACTION, CONSTRAINT `scheme_revisions_users_changed_by` FOREIGN KEY (`changed_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "scheme_revisions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("scheme_revisions", 176093659136);
-- create "segment_members" table
CREATE TABLE `segment_members` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `client_id` integer NOT NULL, `snapshot_id` integer NOT NULL, CONSTRAINT `segment_members_segment_snapshots_members` FOREIGN KEY (`snapshot_id`) REFERENCES `segment_snapshots` (`id`) ON DELETE CASCADE);
-- set sequence for "segment_members" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("segment_members", 180388626432);
-- create index "segmentmember_snapshot_id_client_id" to table: "segment_members"
CREATE UNIQUE INDEX `segmentmember_snapshot_id_client_id` ON `segment_members` (`snapshot_id`, `client_id`);
-- create "segment_snapshots" table
CREATE TABLE `segment_snapshots` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `taken_at` datetime NOT NULL, `member_count` integer NOT NULL, `rule` json NOT NULL, `segment_id` integer NOT NULL, `taken_by_id` integer NOT NULL, CONSTRAINT `segment_snapshots_saved_segments_snapshots` FOREIGN KEY (`segment_id`) REFERENCES `saved_segments` (`id`) ON DELETE CASCADE, CONSTRAINT `segment_snapshots_users_taken_by` FOREIGN KEY (`taken_by_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "segment_snapshots" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("segment_snapshots", 184683593728);

-- +goose Down
-- reverse: set sequence for "segment_snapshots" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "segment_snapshots";
-- reverse: create "segment_snapshots" table
DROP TABLE `segment_snapshots`;
-- reverse: create index "segmentmember_snapshot_id_client_id" to table: "segment_members"
DROP INDEX `segmentmember_snapshot_id_client_id`;
-- reverse: set sequence for "segment_members" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "segment_members";
-- reverse: create "segment_members" table
DROP TABLE `segment_members`;
-- reverse: set sequence for "scheme_revisions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "scheme_revisions";
-- reverse: create "scheme_revisions" table
DROP TABLE `scheme_revisions`;
-- reverse: create index "savedsegment_visibility_branch_id" to table: "saved_segments"
DROP INDEX `savedsegment_visibility_branch_id`;
-- reverse: create index "savedsegment_owner_id" to table: "saved_segments"
DROP INDEX `savedsegment_owner_id`;
-- reverse: set sequence for "saved_segments" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "saved_segments";
-- reverse: create "saved_segments" table
DROP TABLE `saved_segments`;
-- reverse: set sequence for "client_metrics_more" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "client_metrics_more";
-- reverse: create "client_metrics_more" table
DROP TABLE `client_metrics_more`;
-- reverse: set sequence for "client_metrics" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "client_metrics";
-- reverse: create "client_metrics" table
DROP TABLE `client_metrics`;
-- reverse: create index "classification_schemes_key_key" to table: "classification_schemes"
DROP INDEX `classification_schemes_key_key`;
-- reverse: set sequence for "classification_schemes" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "classification_schemes";
-- reverse: create "classification_schemes" table
DROP TABLE `classification_schemes`;
