-- The Mainstream database schema at revision 0006, as the migrations build it.
-- Written by scripts/write_schema_sql.py: do not edit; new databases are made from it.

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE attachment_content (
	sha256 VARCHAR(64) NOT NULL, 
	size INTEGER NOT NULL, 
	data BLOB NOT NULL, 
	CONSTRAINT pk_attachment_content PRIMARY KEY (sha256)
);

CREATE TABLE change (
	seq INTEGER NOT NULL, 
	changed_at DATETIME NOT NULL, 
	user VARCHAR(200) NOT NULL, 
	device VARCHAR(36) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	record_id VARCHAR(36) NOT NULL, 
	action VARCHAR(10) NOT NULL, 
	fields JSON NOT NULL, 
	trash_id VARCHAR(36), country VARCHAR(3), seen JSON, 
	CONSTRAINT pk_change PRIMARY KEY (seq)
);

CREATE INDEX ix_change_record_id ON change (record_id);

CREATE TABLE good_practice (
	title VARCHAR(500) NOT NULL, 
	theme VARCHAR(40) NOT NULL, 
	summary TEXT, 
	submitted_by VARCHAR(500), 
	submitted_on DATE, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_good_practice PRIMARY KEY (id)
);

CREATE INDEX ix_good_practice_country ON good_practice (country);

CREATE INDEX ix_good_practice_trash_id ON good_practice (trash_id);

CREATE TABLE institution (
	name VARCHAR(500) NOT NULL, 
	acronym VARCHAR(500), 
	kind VARCHAR(40) NOT NULL, 
	sector VARCHAR(40), 
	iati_identifier VARCHAR(500), 
	website VARCHAR(500), 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_institution PRIMARY KEY (id)
);

CREATE INDEX ix_institution_country ON institution (country);

CREATE INDEX ix_institution_trash_id ON institution (trash_id);

CREATE TABLE setting (
	"key" VARCHAR(100) NOT NULL, 
	value VARCHAR(2000) NOT NULL, 
	CONSTRAINT pk_setting PRIMARY KEY ("key")
);

CREATE TABLE attachment (
	record_kind VARCHAR(40) NOT NULL, 
	record_id VARCHAR(36) NOT NULL, 
	filename VARCHAR(500) NOT NULL, 
	media_type VARCHAR(500), 
	description VARCHAR(500), 
	sha256 VARCHAR(64) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_attachment PRIMARY KEY (id), 
	CONSTRAINT fk_attachment_sha256_attachment_content FOREIGN KEY(sha256) REFERENCES attachment_content (sha256)
);

CREATE INDEX ix_attachment_country ON attachment (country);

CREATE INDEX ix_attachment_record_id ON attachment (record_id);

CREATE INDEX ix_attachment_trash_id ON attachment (trash_id);

CREATE TABLE committee (
	name VARCHAR(500) NOT NULL, 
	acronym VARCHAR(500), 
	kind VARCHAR(40) NOT NULL, 
	legal_basis VARCHAR(500), 
	established_on DATE, 
	lead_institution_id VARCHAR(36), 
	mandate TEXT, 
	status VARCHAR(40) NOT NULL, 
	parent_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_committee PRIMARY KEY (id), 
	CONSTRAINT fk_committee_lead_institution_id_institution FOREIGN KEY(lead_institution_id) REFERENCES institution (id), 
	CONSTRAINT fk_committee_parent_id_committee FOREIGN KEY(parent_id) REFERENCES committee (id)
);

CREATE INDEX ix_committee_country ON committee (country);

CREATE INDEX ix_committee_lead_institution_id ON committee (lead_institution_id);

CREATE INDEX ix_committee_parent_id ON committee (parent_id);

CREATE INDEX ix_committee_trash_id ON committee (trash_id);

CREATE TABLE contact (
	name VARCHAR(500) NOT NULL, 
	title VARCHAR(500), 
	institution_id VARCHAR(36), 
	email VARCHAR(500), 
	phone VARCHAR(500), 
	sex VARCHAR(40), 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_contact PRIMARY KEY (id), 
	CONSTRAINT fk_contact_institution_id_institution FOREIGN KEY(institution_id) REFERENCES institution (id)
);

CREATE INDEX ix_contact_country ON contact (country);

CREATE INDEX ix_contact_institution_id ON contact (institution_id);

CREATE INDEX ix_contact_trash_id ON contact (trash_id);

CREATE TABLE knowledge_product (
	title VARCHAR(500) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	status VARCHAR(40) NOT NULL, 
	issued_on DATE, 
	lead_institution_id VARCHAR(36), 
	summary TEXT, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_knowledge_product PRIMARY KEY (id), 
	CONSTRAINT fk_knowledge_product_lead_institution_id_institution FOREIGN KEY(lead_institution_id) REFERENCES institution (id)
);

CREATE INDEX ix_knowledge_product_country ON knowledge_product (country);

CREATE INDEX ix_knowledge_product_lead_institution_id ON knowledge_product (lead_institution_id);

CREATE INDEX ix_knowledge_product_trash_id ON knowledge_product (trash_id);

CREATE TABLE policy (
	title VARCHAR(500) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	status VARCHAR(40) NOT NULL, 
	lead_institution_id VARCHAR(36), 
	legal_reference VARCHAR(500), 
	summary TEXT, 
	sectors JSON NOT NULL, 
	themes JSON NOT NULL, 
	sdg_targets JSON NOT NULL, 
	gcm_objectives JSON NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_policy PRIMARY KEY (id), 
	CONSTRAINT fk_policy_lead_institution_id_institution FOREIGN KEY(lead_institution_id) REFERENCES institution (id)
);

CREATE INDEX ix_policy_country ON policy (country);

CREATE INDEX ix_policy_lead_institution_id ON policy (lead_institution_id);

CREATE INDEX ix_policy_trash_id ON policy (trash_id);

CREATE TABLE country_programme (
	phase VARCHAR(500), 
	start_year INTEGER, 
	end_year INTEGER, 
	national_strategy VARCHAR(500), 
	md_priorities TEXT, 
	iom_focal_point_id VARCHAR(36), 
	undp_focal_point_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_country_programme PRIMARY KEY (id), 
	CONSTRAINT fk_country_programme_iom_focal_point_id_contact FOREIGN KEY(iom_focal_point_id) REFERENCES contact (id), 
	CONSTRAINT fk_country_programme_undp_focal_point_id_contact FOREIGN KEY(undp_focal_point_id) REFERENCES contact (id)
);

CREATE INDEX ix_country_programme_country ON country_programme (country);

CREATE INDEX ix_country_programme_iom_focal_point_id ON country_programme (iom_focal_point_id);

CREATE INDEX ix_country_programme_trash_id ON country_programme (trash_id);

CREATE INDEX ix_country_programme_undp_focal_point_id ON country_programme (undp_focal_point_id);

CREATE TABLE meeting (
	committee_id VARCHAR(36) NOT NULL, 
	held_on DATE NOT NULL, 
	place VARCHAR(500), 
	online BOOLEAN NOT NULL, 
	agenda TEXT, 
	minutes_summary TEXT, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_meeting PRIMARY KEY (id), 
	CONSTRAINT fk_meeting_committee_id_committee FOREIGN KEY(committee_id) REFERENCES committee (id)
);

CREATE INDEX ix_meeting_committee_id ON meeting (committee_id);

CREATE INDEX ix_meeting_country ON meeting (country);

CREATE INDEX ix_meeting_trash_id ON meeting (trash_id);

CREATE TABLE membership (
	committee_id VARCHAR(36) NOT NULL, 
	institution_id VARCHAR(36) NOT NULL, 
	role VARCHAR(40) NOT NULL, 
	representative_id VARCHAR(36), 
	start_on DATE, 
	end_on DATE, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_membership PRIMARY KEY (id), 
	CONSTRAINT fk_membership_committee_id_committee FOREIGN KEY(committee_id) REFERENCES committee (id), 
	CONSTRAINT fk_membership_institution_id_institution FOREIGN KEY(institution_id) REFERENCES institution (id), 
	CONSTRAINT fk_membership_representative_id_contact FOREIGN KEY(representative_id) REFERENCES contact (id)
);

CREATE INDEX ix_membership_committee_id ON membership (committee_id);

CREATE INDEX ix_membership_country ON membership (country);

CREATE INDEX ix_membership_institution_id ON membership (institution_id);

CREATE INDEX ix_membership_representative_id ON membership (representative_id);

CREATE INDEX ix_membership_trash_id ON membership (trash_id);

CREATE TABLE policy_status_change (
	policy_id VARCHAR(36) NOT NULL, 
	status VARCHAR(40) NOT NULL, 
	changed_on DATE NOT NULL, 
	note TEXT, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_policy_status_change PRIMARY KEY (id), 
	CONSTRAINT fk_policy_status_change_policy_id_policy FOREIGN KEY(policy_id) REFERENCES policy (id)
);

CREATE INDEX ix_policy_status_change_country ON policy_status_change (country);

CREATE INDEX ix_policy_status_change_policy_id ON policy_status_change (policy_id);

CREATE INDEX ix_policy_status_change_trash_id ON policy_status_change (trash_id);

CREATE TABLE work_plan (
	title VARCHAR(500) NOT NULL, 
	start_year INTEGER NOT NULL, 
	end_year INTEGER NOT NULL, 
	government_priorities TEXT, 
	status VARCHAR(40) NOT NULL, 
	approved_on DATE, 
	approved_by_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_work_plan PRIMARY KEY (id), 
	CONSTRAINT fk_work_plan_approved_by_id_committee FOREIGN KEY(approved_by_id) REFERENCES committee (id)
);

CREATE INDEX ix_work_plan_approved_by_id ON work_plan (approved_by_id);

CREATE INDEX ix_work_plan_country ON work_plan (country);

CREATE INDEX ix_work_plan_trash_id ON work_plan (trash_id);

CREATE TABLE attendance (
	meeting_id VARCHAR(36) NOT NULL, 
	institution_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_attendance PRIMARY KEY (id), 
	CONSTRAINT fk_attendance_institution_id_institution FOREIGN KEY(institution_id) REFERENCES institution (id), 
	CONSTRAINT fk_attendance_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id)
);

CREATE INDEX ix_attendance_country ON attendance (country);

CREATE INDEX ix_attendance_institution_id ON attendance (institution_id);

CREATE INDEX ix_attendance_meeting_id ON attendance (meeting_id);

CREATE INDEX ix_attendance_trash_id ON attendance (trash_id);

CREATE TABLE decision (
	meeting_id VARCHAR(36) NOT NULL, 
	text TEXT NOT NULL, 
	responsible_institution_id VARCHAR(36), 
	due_on DATE, 
	status VARCHAR(40) NOT NULL, 
	follow_up TEXT, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_decision PRIMARY KEY (id), 
	CONSTRAINT fk_decision_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id), 
	CONSTRAINT fk_decision_responsible_institution_id_institution FOREIGN KEY(responsible_institution_id) REFERENCES institution (id)
);

CREATE INDEX ix_decision_country ON decision (country);

CREATE INDEX ix_decision_meeting_id ON decision (meeting_id);

CREATE INDEX ix_decision_responsible_institution_id ON decision (responsible_institution_id);

CREATE INDEX ix_decision_trash_id ON decision (trash_id);

CREATE TABLE result (
	work_plan_id VARCHAR(36) NOT NULL, 
	parent_id VARCHAR(36), 
	kind VARCHAR(40) NOT NULL, 
	code VARCHAR(500) NOT NULL, 
	statement TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_result PRIMARY KEY (id), 
	CONSTRAINT fk_result_parent_id_result FOREIGN KEY(parent_id) REFERENCES result (id), 
	CONSTRAINT fk_result_work_plan_id_work_plan FOREIGN KEY(work_plan_id) REFERENCES work_plan (id)
);

CREATE INDEX ix_result_country ON result (country);

CREATE INDEX ix_result_parent_id ON result (parent_id);

CREATE INDEX ix_result_trash_id ON result (trash_id);

CREATE INDEX ix_result_work_plan_id ON result (work_plan_id);

CREATE TABLE activity (
	result_id VARCHAR(36) NOT NULL, 
	code VARCHAR(500), 
	title VARCHAR(500) NOT NULL, 
	responsible_agency VARCHAR(40) NOT NULL, 
	implementing_partners JSON NOT NULL, 
	planned_start DATE, 
	planned_end DATE, 
	actual_start DATE, 
	actual_end DATE, 
	status VARCHAR(40) NOT NULL, 
	progress FLOAT, 
	planned_budget FLOAT, 
	expenditure FLOAT, 
	currency VARCHAR(500), 
	funding_source VARCHAR(500), 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_activity PRIMARY KEY (id), 
	CONSTRAINT fk_activity_result_id_result FOREIGN KEY(result_id) REFERENCES result (id)
);

CREATE INDEX ix_activity_country ON activity (country);

CREATE INDEX ix_activity_result_id ON activity (result_id);

CREATE INDEX ix_activity_trash_id ON activity (trash_id);

CREATE TABLE indicator (
	result_id VARCHAR(36) NOT NULL, 
	statement TEXT NOT NULL, 
	measure VARCHAR(40) NOT NULL, 
	unit VARCHAR(500), 
	baseline_value FLOAT, 
	baseline_year INTEGER, 
	baseline_note VARCHAR(500), 
	by_sex BOOLEAN NOT NULL, 
	means_of_verification TEXT, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_indicator PRIMARY KEY (id), 
	CONSTRAINT fk_indicator_result_id_result FOREIGN KEY(result_id) REFERENCES result (id)
);

CREATE INDEX ix_indicator_country ON indicator (country);

CREATE INDEX ix_indicator_result_id ON indicator (result_id);

CREATE INDEX ix_indicator_trash_id ON indicator (trash_id);

CREATE TABLE capacity_activity (
	title VARCHAR(500) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	topics JSON NOT NULL, 
	start_on DATE, 
	end_on DATE, 
	place VARCHAR(500), 
	organisers VARCHAR(500), 
	activity_id VARCHAR(36), 
	audience JSON NOT NULL, 
	participants_female INTEGER, 
	participants_male INTEGER, 
	participants_other INTEGER, 
	participants_total INTEGER, 
	hours FLOAT, 
	pre_test_score FLOAT, 
	post_test_score FLOAT, 
	satisfaction FLOAT, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_capacity_activity PRIMARY KEY (id), 
	CONSTRAINT fk_capacity_activity_activity_id_activity FOREIGN KEY(activity_id) REFERENCES activity (id)
);

CREATE INDEX ix_capacity_activity_activity_id ON capacity_activity (activity_id);

CREATE INDEX ix_capacity_activity_country ON capacity_activity (country);

CREATE INDEX ix_capacity_activity_trash_id ON capacity_activity (trash_id);

CREATE TABLE indicator_period (
	indicator_id VARCHAR(36) NOT NULL, 
	period_start DATE NOT NULL, 
	period_end DATE NOT NULL, 
	sex VARCHAR(40), 
	target FLOAT, 
	actual FLOAT, 
	target_note VARCHAR(500), 
	actual_note VARCHAR(500), 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_indicator_period PRIMARY KEY (id), 
	CONSTRAINT fk_indicator_period_indicator_id_indicator FOREIGN KEY(indicator_id) REFERENCES indicator (id)
);

CREATE INDEX ix_indicator_period_country ON indicator_period (country);

CREATE INDEX ix_indicator_period_indicator_id ON indicator_period (indicator_id);

CREATE INDEX ix_indicator_period_trash_id ON indicator_period (trash_id);

CREATE TABLE capacity_participation (
	capacity_activity_id VARCHAR(36) NOT NULL, 
	institution_id VARCHAR(36) NOT NULL, 
	female INTEGER NOT NULL, 
	male INTEGER NOT NULL, 
	other INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_capacity_participation PRIMARY KEY (id), 
	CONSTRAINT fk_capacity_participation_capacity_activity_id_capacity_activity FOREIGN KEY(capacity_activity_id) REFERENCES capacity_activity (id), 
	CONSTRAINT fk_capacity_participation_institution_id_institution FOREIGN KEY(institution_id) REFERENCES institution (id)
);

CREATE INDEX ix_capacity_participation_capacity_activity_id ON capacity_participation (capacity_activity_id);

CREATE INDEX ix_capacity_participation_country ON capacity_participation (country);

CREATE INDEX ix_capacity_participation_institution_id ON capacity_participation (institution_id);

CREATE INDEX ix_capacity_participation_trash_id ON capacity_participation (trash_id);

CREATE TABLE participant (
	capacity_activity_id VARCHAR(36) NOT NULL, 
	name VARCHAR(500) NOT NULL, 
	sex VARCHAR(40), 
	institution_id VARCHAR(36), 
	contact_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	country VARCHAR(3), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	changed_by_device VARCHAR(36) NOT NULL, 
	deleted_at DATETIME, 
	trash_id VARCHAR(36), 
	CONSTRAINT pk_participant PRIMARY KEY (id), 
	CONSTRAINT fk_participant_capacity_activity_id_capacity_activity FOREIGN KEY(capacity_activity_id) REFERENCES capacity_activity (id), 
	CONSTRAINT fk_participant_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id), 
	CONSTRAINT fk_participant_institution_id_institution FOREIGN KEY(institution_id) REFERENCES institution (id)
);

CREATE INDEX ix_participant_capacity_activity_id ON participant (capacity_activity_id);

CREATE INDEX ix_participant_contact_id ON participant (contact_id);

CREATE INDEX ix_participant_country ON participant (country);

CREATE INDEX ix_participant_institution_id ON participant (institution_id);

CREATE INDEX ix_participant_trash_id ON participant (trash_id);

CREATE INDEX ix_activity_figures ON activity (status, currency, planned_end, progress, planned_budget, expenditure, country, deleted_at);

CREATE INDEX ix_indicator_period_latest ON indicator_period (indicator_id, period_end, sex, deleted_at, actual, target, country);

CREATE UNIQUE INDEX ix_change_operation ON change (device, changed_at, record_id);

CREATE TABLE partner (
	device VARCHAR(36) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	public_key VARCHAR(64) NOT NULL, 
	fingerprint VARCHAR(64) NOT NULL, 
	trusted_at DATETIME NOT NULL, 
	knows JSON NOT NULL, 
	last_import_at DATETIME, 
	last_export_at DATETIME, countries JSON, distrusted_at DATETIME, accepts JSON, 
	CONSTRAINT pk_partner PRIMARY KEY (device)
);

CREATE TABLE "conflict" (
	kind VARCHAR(40) NOT NULL, 
	record_id VARCHAR(36) NOT NULL, 
	field VARCHAR(60) NOT NULL, 
	versions JSON NOT NULL, 
	detected_at DATETIME NOT NULL, 
	CONSTRAINT pk_conflict PRIMARY KEY (record_id, field)
);

CREATE TABLE author_key (
	device VARCHAR(36) NOT NULL, 
	public_key VARCHAR(64) NOT NULL, 
	told_by VARCHAR(36) NOT NULL, 
	learnt_at DATETIME NOT NULL, 
	CONSTRAINT pk_author_key PRIMARY KEY (device)
);

CREATE TABLE change_signature (
	device VARCHAR(36) NOT NULL, 
	changed_at VARCHAR(26) NOT NULL, 
	signature BLOB NOT NULL, 
	digests BLOB NOT NULL, 
	CONSTRAINT pk_change_signature PRIMARY KEY (device, changed_at)
);
