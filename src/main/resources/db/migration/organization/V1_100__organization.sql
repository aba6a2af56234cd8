-- Administrative units (đơn vị hành chính) as an effective-dated tree; levels are data.
CREATE TABLE organization.unit_level (
    code        varchar(20) PRIMARY KEY,
    rank        int NOT NULL UNIQUE,
    name_vi     varchar(100) NOT NULL,
    name_en     varchar(100) NOT NULL,
    name_th     varchar(100) NOT NULL
);

INSERT INTO organization.unit_level (code, rank, name_vi, name_en, name_th) VALUES
    ('PROVINCE', 1, 'Cấp tỉnh', 'Province', 'ระดับจังหวัด'),
    ('DISTRICT', 2, 'Cấp huyện', 'District', 'ระดับอำเภอ'),
    ('COMMUNE', 3, 'Cấp xã', 'Commune', 'ระดับตำบล');

CREATE TABLE organization.admin_unit (
    id            bigserial PRIMARY KEY,
    code          varchar(35) NOT NULL UNIQUE,
    name          varchar(200) NOT NULL,
    level_code    varchar(20) NOT NULL REFERENCES organization.unit_level (code),
    parent_id     bigint REFERENCES organization.admin_unit (id),
    valid_from    date NOT NULL,
    valid_to      date,
    successor_id  bigint REFERENCES organization.admin_unit (id),
    gso_code      varchar(10),
    note          varchar(500),
    version       int NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT admin_unit_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT admin_unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX admin_unit_parent ON organization.admin_unit (parent_id);
CREATE INDEX admin_unit_successor ON organization.admin_unit (successor_id);

-- Agencies inside a People's Committee, with their electronic ID per Decision 20/2020/QĐ-TTg.
CREATE TABLE organization.agency (
    id            bigserial PRIMARY KEY,
    unit_id       bigint NOT NULL REFERENCES organization.admin_unit (id),
    code          varchar(35) NOT NULL UNIQUE,
    legacy_code   varchar(35) UNIQUE,
    name          varchar(250) NOT NULL,
    kind          varchar(30) NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    version       int NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agency_unit ON organization.agency (unit_id);

-- One-stop desks (bộ phận một cửa / Trung tâm phục vụ hành chính công) and their counters.
CREATE TABLE organization.one_stop_desk (
    id            bigserial PRIMARY KEY,
    unit_id       bigint NOT NULL REFERENCES organization.admin_unit (id),
    agency_id     bigint REFERENCES organization.agency (id),
    code          varchar(35) NOT NULL UNIQUE,
    name          varchar(250) NOT NULL,
    address       varchar(300),
    active        boolean NOT NULL DEFAULT true,
    version       int NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX desk_unit ON organization.one_stop_desk (unit_id);

CREATE TABLE organization.desk_counter (
    id            bigserial PRIMARY KEY,
    desk_id       bigint NOT NULL REFERENCES organization.one_stop_desk (id) ON DELETE CASCADE,
    number        int NOT NULL,
    label         varchar(200) NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    UNIQUE (desk_id, number)
);

-- Officials (cán bộ, công chức) with roles and assignment history.
CREATE TABLE organization.official (
    id            bigserial PRIMARY KEY,
    username      varchar(60) NOT NULL UNIQUE,
    full_name     varchar(200) NOT NULL,
    position      varchar(200),
    unit_id       bigint NOT NULL REFERENCES organization.admin_unit (id),
    agency_id     bigint REFERENCES organization.agency (id),
    email         varchar(200),
    phone         varchar(30),
    active        boolean NOT NULL DEFAULT true,
    version       int NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX official_unit ON organization.official (unit_id);

CREATE TABLE organization.official_role (
    official_id   bigint NOT NULL REFERENCES organization.official (id) ON DELETE CASCADE,
    role          varchar(30) NOT NULL,
    PRIMARY KEY (official_id, role)
);

CREATE TABLE organization.official_assignment (
    id            bigserial PRIMARY KEY,
    official_id   bigint NOT NULL REFERENCES organization.official (id) ON DELETE CASCADE,
    unit_id       bigint NOT NULL REFERENCES organization.admin_unit (id),
    agency_id     bigint REFERENCES organization.agency (id),
    position      varchar(200),
    valid_from    date NOT NULL,
    valid_to      date,
    recorded_by   varchar(60) NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX official_assignment_official ON organization.official_assignment (official_id);

-- Explicit jurisdiction grants beyond an official's own unit subtree.
CREATE TABLE organization.jurisdiction_grant (
    id            bigserial PRIMARY KEY,
    official_id   bigint NOT NULL REFERENCES organization.official (id) ON DELETE CASCADE,
    unit_id       bigint NOT NULL REFERENCES organization.admin_unit (id),
    reason        varchar(500) NOT NULL,
    granted_by    varchar(60) NOT NULL,
    valid_from    date NOT NULL,
    valid_to      date,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jurisdiction_grant_official ON organization.jurisdiction_grant (official_id);
