--
-- PostgreSQL database dump
--

\restrict FEMygjRvPAnSBB5exMLo6VaXreTaFWt6nmebIXLohZJ2Y68yymQ1Lm3kLPRQpbC

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: sofra_4d2dda9; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA sofra_4d2dda9;


--
-- Name: sofra_append_only(); Type: FUNCTION; Schema: sofra_4d2dda9; Owner: -
--

CREATE FUNCTION sofra_4d2dda9.sofra_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: add a new row instead', TG_TABLE_NAME;
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alembic_version; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.alembic_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: api_alembic_version; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.api_alembic_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: api_alerts; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.api_alerts (
    id integer NOT NULL,
    kind character varying(20) NOT NULL,
    outcome_id integer NOT NULL,
    stop_id integer NOT NULL,
    plan_id integer NOT NULL,
    route_seq integer NOT NULL,
    household_ref character varying(40) NOT NULL,
    driver_code character varying(40) NOT NULL,
    note text NOT NULL,
    raised_at timestamp with time zone NOT NULL,
    raised_by character varying(80) NOT NULL,
    acknowledged_at timestamp with time zone,
    acknowledged_by character varying(80)
);


--
-- Name: api_alerts_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.api_alerts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: api_alerts_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.api_alerts_id_seq OWNED BY sofra_4d2dda9.api_alerts.id;


--
-- Name: api_users; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.api_users (
    id integer NOT NULL,
    username character varying(80) NOT NULL,
    password_hash character varying(255) NOT NULL,
    role character varying(20) NOT NULL,
    driver_code character varying(40),
    active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(80) NOT NULL
);


--
-- Name: api_users_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.api_users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: api_users_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.api_users_id_seq OWNED BY sofra_4d2dda9.api_users.id;


--
-- Name: audit_log; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.audit_log (
    id integer NOT NULL,
    at timestamp with time zone NOT NULL,
    actor character varying(80) NOT NULL,
    action character varying(40) NOT NULL,
    entity character varying(40) NOT NULL,
    entity_ref character varying(80) NOT NULL,
    detail jsonb NOT NULL
);


--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.audit_log_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_log_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.audit_log_id_seq OWNED BY sofra_4d2dda9.audit_log.id;


--
-- Name: delivery_outcomes; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.delivery_outcomes (
    id integer NOT NULL,
    stop_id integer NOT NULL,
    status character varying(20) NOT NULL,
    at timestamp with time zone NOT NULL,
    note text NOT NULL,
    recorded_by character varying(80) NOT NULL,
    recorded_at timestamp with time zone NOT NULL
);


--
-- Name: delivery_outcomes_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.delivery_outcomes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: delivery_outcomes_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.delivery_outcomes_id_seq OWNED BY sofra_4d2dda9.delivery_outcomes.id;


--
-- Name: drivers; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.drivers (
    id integer NOT NULL,
    code character varying(40) NOT NULL,
    name character varying(200) NOT NULL,
    phone character varying(40) NOT NULL,
    shifts jsonb NOT NULL,
    skills jsonb NOT NULL,
    active boolean NOT NULL
);


--
-- Name: drivers_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.drivers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: drivers_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.drivers_id_seq OWNED BY sofra_4d2dda9.drivers.id;


--
-- Name: holds; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.holds (
    id integer NOT NULL,
    household_id integer NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    reason character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(80) NOT NULL
);


--
-- Name: holds_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.holds_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: holds_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.holds_id_seq OWNED BY sofra_4d2dda9.holds.id;


--
-- Name: households; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.households (
    id integer NOT NULL,
    ref character varying(40) NOT NULL,
    name character varying(200) NOT NULL,
    phone character varying(40) NOT NULL,
    street character varying(200) NOT NULL,
    house_number character varying(20) NOT NULL,
    neighbourhood character varying(100) NOT NULL,
    diets jsonb NOT NULL,
    notes text NOT NULL,
    location public.geometry(Point,4326) NOT NULL,
    location_source character varying(20) NOT NULL,
    geocode_confidence double precision,
    needs_review boolean NOT NULL,
    meal_plan character varying(10) NOT NULL,
    service_days jsonb NOT NULL,
    portions integer NOT NULL,
    required_skills jsonb NOT NULL,
    start_date date,
    end_date date,
    active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version integer NOT NULL
);


--
-- Name: households_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.households_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: households_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.households_id_seq OWNED BY sofra_4d2dda9.households.id;


--
-- Name: kitchens; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.kitchens (
    id integer NOT NULL,
    code character varying(40) NOT NULL,
    name character varying(200) NOT NULL,
    location public.geometry(Point,4326) NOT NULL,
    active boolean NOT NULL
);


--
-- Name: kitchens_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.kitchens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: kitchens_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.kitchens_id_seq OWNED BY sofra_4d2dda9.kitchens.id;


--
-- Name: one_offs; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.one_offs (
    id integer NOT NULL,
    household_id integer NOT NULL,
    day date NOT NULL,
    shift character varying(20) NOT NULL,
    kind character varying(10) NOT NULL,
    reason character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(80) NOT NULL
);


--
-- Name: one_offs_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.one_offs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: one_offs_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.one_offs_id_seq OWNED BY sofra_4d2dda9.one_offs.id;


--
-- Name: plans; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.plans (
    id integer NOT NULL,
    day date NOT NULL,
    shift character varying(20) NOT NULL,
    version integer NOT NULL,
    status character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(80) NOT NULL,
    solution jsonb NOT NULL,
    summary jsonb NOT NULL,
    changes jsonb NOT NULL
);


--
-- Name: plans_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.plans_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: plans_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.plans_id_seq OWNED BY sofra_4d2dda9.plans.id;


--
-- Name: routes; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.routes (
    id integer NOT NULL,
    plan_id integer NOT NULL,
    seq integer NOT NULL,
    vehicle_id character varying(80) NOT NULL,
    van_id integer,
    driver_id integer,
    geometry public.geometry(LineString,4326),
    departure_s integer NOT NULL,
    return_s integer NOT NULL,
    driving_s integer NOT NULL,
    distance_m integer NOT NULL,
    working_s integer NOT NULL
);


--
-- Name: routes_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.routes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: routes_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.routes_id_seq OWNED BY sofra_4d2dda9.routes.id;


--
-- Name: secrets; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.secrets (
    name character varying(40) NOT NULL,
    value character varying(200) NOT NULL
);


--
-- Name: stops; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.stops (
    id integer NOT NULL,
    route_id integer NOT NULL,
    seq integer NOT NULL,
    trip integer NOT NULL,
    household_id integer NOT NULL,
    stop_key character varying(80) NOT NULL,
    arrival_s integer NOT NULL,
    start_s integer NOT NULL,
    departure_s integer NOT NULL,
    waiting_s integer NOT NULL,
    ride_s integer NOT NULL
);


--
-- Name: stops_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.stops_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: stops_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.stops_id_seq OWNED BY sofra_4d2dda9.stops.id;


--
-- Name: vans; Type: TABLE; Schema: sofra_4d2dda9; Owner: -
--

CREATE TABLE sofra_4d2dda9.vans (
    id integer NOT NULL,
    code character varying(40) NOT NULL,
    plate character varying(20) NOT NULL,
    capacity_meals integer NOT NULL,
    skills jsonb NOT NULL,
    kitchen_id integer,
    active boolean NOT NULL
);


--
-- Name: vans_id_seq; Type: SEQUENCE; Schema: sofra_4d2dda9; Owner: -
--

CREATE SEQUENCE sofra_4d2dda9.vans_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: vans_id_seq; Type: SEQUENCE OWNED BY; Schema: sofra_4d2dda9; Owner: -
--

ALTER SEQUENCE sofra_4d2dda9.vans_id_seq OWNED BY sofra_4d2dda9.vans.id;


--
-- Name: api_alerts id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.api_alerts ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.api_alerts_id_seq'::regclass);


--
-- Name: api_users id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.api_users ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.api_users_id_seq'::regclass);


--
-- Name: audit_log id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.audit_log ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.audit_log_id_seq'::regclass);


--
-- Name: delivery_outcomes id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.delivery_outcomes ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.delivery_outcomes_id_seq'::regclass);


--
-- Name: drivers id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.drivers ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.drivers_id_seq'::regclass);


--
-- Name: holds id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.holds ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.holds_id_seq'::regclass);


--
-- Name: households id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.households ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.households_id_seq'::regclass);


--
-- Name: kitchens id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.kitchens ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.kitchens_id_seq'::regclass);


--
-- Name: one_offs id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.one_offs ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.one_offs_id_seq'::regclass);


--
-- Name: plans id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.plans ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.plans_id_seq'::regclass);


--
-- Name: routes id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.routes ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.routes_id_seq'::regclass);


--
-- Name: stops id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.stops ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.stops_id_seq'::regclass);


--
-- Name: vans id; Type: DEFAULT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.vans ALTER COLUMN id SET DEFAULT nextval('sofra_4d2dda9.vans_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.alembic_version VALUES ('0001');


--
-- Data for Name: api_alembic_version; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.api_alembic_version VALUES ('a001');


--
-- Data for Name: api_alerts; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.api_alerts VALUES (2, 'not_at_home', 3, 39, 2, 1, 'H0471', 'D3', '', '2026-12-01 09:19:07.841+00', 'dispatcher', NULL, NULL);
INSERT INTO sofra_4d2dda9.api_alerts VALUES (1, 'not_at_home', 2, 38, 2, 1, 'H0155', 'D3', 'Kapıyı açan olmadı', '2026-12-01 09:19:07.768076+00', 'd3', '2026-12-01 09:19:07.928711+00', 'dispatcher');


--
-- Data for Name: api_users; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.api_users VALUES (1, 'dispatcher', '$argon2id$v=19$m=65536,t=3,p=4$VELDc+HrgP35KRR7+X550Q$EsVLTcXJBu7721BquZHySgbNRg+vPv20FWGXkBuy6RI', 'dispatcher', NULL, true, '2026-12-01 09:18:58.529828+00', 'seed');
INSERT INTO sofra_4d2dda9.api_users VALUES (2, 'planner', '$argon2id$v=19$m=65536,t=3,p=4$Xmfr/ngTy1tai0Gkm6xhag$qhVUsCnpJYyuuPrxuxsKFFrmH7GMlzujk0S9v3L9AEQ', 'planner', NULL, true, '2026-12-01 09:18:59.090251+00', 'seed');
INSERT INTO sofra_4d2dda9.api_users VALUES (3, 'd1', '$argon2id$v=19$m=65536,t=3,p=4$QVPA7z4PvmGw/6g+GjtIOQ$xUATLIlN0tI1rUWzw6lAht3F1iJ+KtLPZKZum4vAid4', 'driver', 'D1', true, '2026-12-01 09:18:59.673169+00', 'seed');
INSERT INTO sofra_4d2dda9.api_users VALUES (4, 'd2', '$argon2id$v=19$m=65536,t=3,p=4$/IPNvYCod2DzTbN7fOdPlg$GMP+rcs+sw6hoP6TPeY1BZL+ObhPYOIPJk9fH6b+468', 'driver', 'D2', true, '2026-12-01 09:19:00.25062+00', 'seed');
INSERT INTO sofra_4d2dda9.api_users VALUES (5, 'd3', '$argon2id$v=19$m=65536,t=3,p=4$BY12zaCF4i7XcAQLK2SmgA$5pQPnKQDZE9v9VxhwFj76IJWgKWWPobpJhxHhb82jWc', 'driver', 'D3', true, '2026-12-01 09:19:00.806564+00', 'seed');
INSERT INTO sofra_4d2dda9.api_users VALUES (6, 'd4', '$argon2id$v=19$m=65536,t=3,p=4$UPLtcmguJPz0i5xy5CRrLw$KdMKwSVIj/VVrxzx1+MDULogZgJqlr1y4A3k5J7idv4', 'driver', 'D4', true, '2026-12-01 09:19:01.444204+00', 'seed');
INSERT INTO sofra_4d2dda9.api_users VALUES (7, 'd5', '$argon2id$v=19$m=65536,t=3,p=4$aqQfpB6nsF2HbnSyr1QKDQ$vaEKMcR47ba2IIA462ClotgW7Y6iBJ9y0lHLuI9EgcE', 'driver', 'D5', true, '2026-12-01 09:19:02.101867+00', 'seed');
INSERT INTO sofra_4d2dda9.api_users VALUES (8, 'd6', '$argon2id$v=19$m=65536,t=3,p=4$cHGiKC1YeveK1ooLeyhSow$26r+m1Pq9j7fLsTqSTXdmVuDYRNKI9+vNfJauiXSjkI', 'driver', 'D6', true, '2026-12-01 09:19:02.703528+00', 'seed');
INSERT INTO sofra_4d2dda9.api_users VALUES (9, 'admin', '$argon2id$v=19$m=65536,t=3,p=4$zO2ciMfRUNTfqH8cQE3JWw$2cC/ADK0evUsuX61JxX92+xKoTaqiAyuL9A+J91Q0Jw', 'admin', NULL, true, '2026-12-01 09:19:03.331945+00', 'seed');
INSERT INTO sofra_4d2dda9.api_users VALUES (10, 'yedek', '$argon2id$v=19$m=65536,t=3,p=4$N/fq15VOMuqtDVt2fco3Kw$TY0ZHkhHLWLSFEuOhdbXYJih3YSKPXeWAdJVlsuL3oM', 'dispatcher', NULL, false, '2026-12-01 09:19:09.186485+00', 'admin');


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.audit_log VALUES (1, '2026-12-01 09:18:56.667181+00', 'seed', 'create', 'kitchen', 'MERKEZ', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (2, '2026-12-01 09:18:56.686376+00', 'seed', 'create', 'van', 'V1', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (3, '2026-12-01 09:18:56.710607+00', 'seed', 'create', 'van', 'V2', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (4, '2026-12-01 09:18:56.722527+00', 'seed', 'create', 'van', 'V3', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (5, '2026-12-01 09:18:56.732253+00', 'seed', 'create', 'van', 'V4', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (6, '2026-12-01 09:18:56.747637+00', 'seed', 'create', 'driver', 'D1', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (7, '2026-12-01 09:18:56.756068+00', 'seed', 'create', 'driver', 'D2', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (8, '2026-12-01 09:18:56.763239+00', 'seed', 'create', 'driver', 'D3', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (9, '2026-12-01 09:18:56.765616+00', 'seed', 'create', 'driver', 'D4', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (10, '2026-12-01 09:18:56.770931+00', 'seed', 'create', 'driver', 'D5', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (11, '2026-12-01 09:18:57.171934+00', 'seed', 'create', 'driver', 'D6', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (12, '2026-12-01 09:18:58.027166+00', 'seed', 'import', 'household', '', '{"source": "demo", "created": 494}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (13, '2026-12-01 09:18:58.536343+00', 'seed', 'create', 'user', 'dispatcher', '{"role": "dispatcher"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (14, '2026-12-01 09:18:59.09446+00', 'seed', 'create', 'user', 'planner', '{"role": "planner"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (15, '2026-12-01 09:18:59.677617+00', 'seed', 'create', 'user', 'd1', '{"role": "driver"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (16, '2026-12-01 09:19:00.256964+00', 'seed', 'create', 'user', 'd2', '{"role": "driver"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (17, '2026-12-01 09:19:00.813646+00', 'seed', 'create', 'user', 'd3', '{"role": "driver"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (18, '2026-12-01 09:19:01.454003+00', 'seed', 'create', 'user', 'd4', '{"role": "driver"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (19, '2026-12-01 09:19:02.108154+00', 'seed', 'create', 'user', 'd5', '{"role": "driver"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (20, '2026-12-01 09:19:02.709932+00', 'seed', 'create', 'user', 'd6', '{"role": "driver"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (21, '2026-12-01 09:19:03.336576+00', 'seed', 'create', 'user', 'admin', '{"role": "admin"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (22, '2026-12-01 09:19:04.680518+00', 'dispatcher', 'create', 'plan', '2026-11-25/breakfast/v1', '{"stops": 36, "routes": 3}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (23, '2026-12-01 09:19:05.867056+00', 'dispatcher', 'create', 'plan', '2026-11-25/dinner/v1', '{"stops": 31, "routes": 2}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (24, '2026-12-01 09:19:07.681099+00', 'd3', 'outcome', 'stop', '37', '{"status": "delivered"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (25, '2026-12-01 09:19:07.744788+00', 'd3', 'outcome', 'stop', '38', '{"status": "not_at_home"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (26, '2026-12-01 09:19:07.782198+00', 'd3', 'raise', 'alert', '1', '{"kind": "not_at_home", "stop_id": 38}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (27, '2026-12-01 09:19:07.824984+00', 'dispatcher', 'outcome', 'stop', '39', '{"status": "not_at_home"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (28, '2026-12-01 09:19:07.852992+00', 'dispatcher', 'raise', 'alert', '2', '{"kind": "not_at_home", "stop_id": 39}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (29, '2026-12-01 09:19:07.930867+00', 'dispatcher', 'acknowledge', 'alert', '1', '{}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (30, '2026-12-01 09:19:09.193691+00', 'admin', 'create', 'user', 'yedek', '{"role": "dispatcher"}');
INSERT INTO sofra_4d2dda9.audit_log VALUES (31, '2026-12-01 09:19:09.219972+00', 'admin', 'update', 'user', 'yedek', '{"fields": ["active"]}');


--
-- Data for Name: delivery_outcomes; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.delivery_outcomes VALUES (1, 37, 'delivered', '2026-12-01 09:19:07.676203+00', '', 'd3', '2026-12-01 09:19:07.677148+00');
INSERT INTO sofra_4d2dda9.delivery_outcomes VALUES (2, 38, 'not_at_home', '2026-12-01 09:19:07.737467+00', 'Kapıyı açan olmadı', 'd3', '2026-12-01 09:19:07.737948+00');
INSERT INTO sofra_4d2dda9.delivery_outcomes VALUES (3, 39, 'not_at_home', '2026-12-01 09:19:07.820766+00', '', 'dispatcher', '2026-12-01 09:19:07.821147+00');


--
-- Data for Name: drivers; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.drivers VALUES (1, 'D1', 'Mehmet Öztürk', '+90 532 410 12 01', '["breakfast"]', '["carry_inside"]', true);
INSERT INTO sofra_4d2dda9.drivers VALUES (2, 'D2', 'Hüseyin Çelik', '+90 533 418 22 02', '["breakfast"]', '[]', true);
INSERT INTO sofra_4d2dda9.drivers VALUES (3, 'D3', 'İsmail Şahin', '+90 535 207 33 03', '["breakfast", "dinner"]', '["carry_inside"]', true);
INSERT INTO sofra_4d2dda9.drivers VALUES (4, 'D4', 'Gülşen Yıldız', '+90 536 611 44 04', '["breakfast", "dinner"]', '[]', true);
INSERT INTO sofra_4d2dda9.drivers VALUES (5, 'D5', 'Ramazan Doğan', '+90 542 380 55 05', '["dinner"]', '["carry_inside"]', true);
INSERT INTO sofra_4d2dda9.drivers VALUES (6, 'D6', 'Ayşe Kılıç', '+90 543 902 66 06', '["dinner"]', '[]', true);


--
-- Data for Name: holds; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--



--
-- Data for Name: households; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.households VALUES (1, 'H0001', 'Recep Uçar', '+90 538 466 07 32', 'İbrahim Şenbel Sokak', '100', 'Yenice Mah.', '["diabetic"]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000004D327216F6843D40AB21718FA5094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-02-02', '2025-06-30', true, '2026-12-01 09:18:57.217079+00', '2026-12-01 09:18:57.217087+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (2, 'H0002', 'Nermin Erdoğan', '+90 549 244 85 55', 'Sanayi Caddesi', '103', 'Yenice Mah.', '["diabetic"]', '2. kat, asansör yok', '0101000020E61000003F74417DCB843D40022A1C412A094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-05-18', '2025-06-14', true, '2026-12-01 09:18:57.217089+00', '2026-12-01 09:18:57.217089+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (3, 'H0003', 'Cemal Çetin', '+90 545 313 56 45', 'Ahıska Sokak', '45', 'Kemalpaşa Mah.', '[]', '3. kat, asansör yok', '0101000020E61000004AB89047707F3D40124A5F0839094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-02-08', '2026-07-21', true, '2026-12-01 09:18:57.217091+00', '2026-12-01 09:18:57.217091+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (4, 'H0004', 'Sıdıka Şahin', '+90 533 601 72 36', 'Sülün Sokak', '12', 'Kemalpaşa Mah.', '[]', '', '0101000020E610000007616EF7727F3D409E23F25D4A094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-05-13', '2025-06-17', true, '2026-12-01 09:18:57.217092+00', '2026-12-01 09:18:57.217093+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (5, 'H0005', 'Yaşar Şen', '+90 530 894 64 21', 'Bekir Alemdar Sokak', '82', 'Osmaniye Mah.', '[]', '2. kat, asansör yok', '0101000020E61000003D29931ADA803D4032E884D0410B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-08-07', NULL, true, '2026-12-01 09:18:57.217095+00', '2026-12-01 09:18:57.217096+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (6, 'H0006', 'Hanife Kahraman', '+90 505 547 00 90', 'Tabakhane Caddesi', '76', 'Orhaniye Mah.', '[]', '', '0101000020E610000036C8242367853D4079AF5A99F0094440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2025-07-19', '2026-03-15', true, '2026-12-01 09:18:57.217097+00', '2026-12-01 09:18:57.217097+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (7, 'H0007', 'Erdoğan Sönmez', '+90 544 963 16 90', 'Ali Hatipoğlu Sokak', '87', 'Cuma Mah.', '["low_salt"]', '', '0101000020E61000003ECA880B40833D401E1A16A3AE094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-04-04', '2025-12-25', true, '2026-12-01 09:18:57.217099+00', '2026-12-01 09:18:57.217099+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (8, 'H0008', 'Müberra Arslan', '+90 532 708 90 31', 'Şemsettin Sokak', '27', 'Osmaniye Mah.', '[]', '', '0101000020E6100000C53D963E74813D406ADD06B5DF0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-10-02', '2026-11-22', true, '2026-12-01 09:18:57.2171+00', '2026-12-01 09:18:57.217101+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (9, 'H0009', 'Rıza Aktaş', '+90 544 409 21 66', 'Ufuk Sokak', '75', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000753BFBCA83803D404ED2FC31AD094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2025-09-26', '2026-03-06', true, '2026-12-01 09:18:57.217102+00', '2026-12-01 09:18:57.217102+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (10, 'H0010', 'Şöhret Kaplan', '+90 506 966 82 62', 'Çayır Sokak', '74', 'Sinanbey Mah.', '["diabetic"]', '', '0101000020E61000009604A8A965833D400249D8B7930A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-07-17', '2025-08-18', true, '2026-12-01 09:18:57.217103+00', '2026-12-01 09:18:57.217104+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (11, 'H0011', 'Yaşar Çakır', '+90 536 151 53 65', 'Gaziler Sokak', '67', 'Osmaniye Mah.', '["low_salt", "vegetarian"]', '', '0101000020E6100000431EC18D94813D40FCC56CC9AA0A4440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 2, '[]', '2024-08-03', '2024-08-28', true, '2026-12-01 09:18:57.217105+00', '2026-12-01 09:18:57.217106+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (12, 'H0012', 'Tevfik Kaya', '+90 536 849 66 03', 'Camii Sokak', '88', 'Yenice Mah.', '[]', '', '0101000020E61000007B1002F225843D40D26F5F07CE094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-07-08', NULL, true, '2026-12-01 09:18:57.217107+00', '2026-12-01 09:18:57.217107+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (13, 'H0013', 'Hayriye Karagöz', '+90 532 324 42 71', 'Kasım Efendi Caddesi', '46', 'Yenice Mah.', '["soft_food"]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E61000004CFC51D499833D40B9895A9A5B094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-01-27', '2025-02-23', true, '2026-12-01 09:18:57.217108+00', '2026-12-01 09:18:57.217115+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (14, 'H0014', 'Mustafa Öztürk', '+90 537 956 21 20', 'Sanayi Zafer Caddesi', '98', 'Yenice Mah.', '["soft_food"]', '3. kat, asansör yok; İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E6100000BDE5EAC726853D40E2CB441152094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-08-22', '2026-05-01', true, '2026-12-01 09:18:57.217116+00', '2026-12-01 09:18:57.217117+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (15, 'H0015', 'Mehmet Can', '+90 531 044 36 24', 'Bekir Alemdar Sokak', '77', 'Osmaniye Mah.', '[]', '', '0101000020E61000008063CF9ECB803D40D464C6DB4A0B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-07-30', '2025-10-21', true, '2026-12-01 09:18:57.217118+00', '2026-12-01 09:18:57.217119+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (16, 'H0016', 'Gülizar Karaca', '+90 537 774 74 22', 'Mesudiye Caddesi', '57', 'Orhaniye Mah.', '[]', '', '0101000020E6100000787FBC57AD843D404F2157EA590A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2024-09-05', '2024-10-14', true, '2026-12-01 09:18:57.21712+00', '2026-12-01 09:18:57.217121+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (17, 'H0017', 'Naciye Aktaş', '+90 551 645 69 62', 'İsmail Hakkı Timur Sokak', '79', 'Kemalpaşa Mah.', '[]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E610000010B22C98F87F3D40A54C6A68030A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 2, '[]', '2025-06-08', '2025-11-07', true, '2026-12-01 09:18:57.217122+00', '2026-12-01 09:18:57.217122+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (18, 'H0018', 'Kâzım Acar', '+90 552 867 42 25', 'Demircioğlu Sokak', '98', 'Orhaniye Mah.', '[]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E6100000B5FCC0559E843D403EAF78EA910A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '["carry_inside"]', '2025-09-06', '2025-10-18', true, '2026-12-01 09:18:57.217123+00', '2026-12-01 09:18:57.217124+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (19, 'H0019', 'Nazmiye Bayraktar', '+90 537 420 71 13', 'Yeşil Bahçeler Sokak', '9', 'Sinanbey Mah.', '[]', '', '0101000020E6100000ACADD85F76833D401C2444F9820A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2026-02-20', '2026-03-22', true, '2026-12-01 09:18:57.217125+00', '2026-12-01 09:18:57.217125+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (20, 'H0020', 'Kezban Turan', '+90 535 533 35 23', 'Peştelli Sokak', '47', 'Osmaniye Mah.', '["diabetic"]', '4. kat, asansör yok', '0101000020E6100000BF4868CBB9803D40721AA20A7F0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-09-14', '2026-10-15', true, '2026-12-01 09:18:57.217126+00', '2026-12-01 09:18:57.217127+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (21, 'H0021', 'Fadime Koç', '+90 505 901 86 49', 'Okul Sokak', '79', 'Osmaniye Mah.', '[]', '', '0101000020E610000001310917F2803D40034356B77A0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-04-10', '2026-04-28', true, '2026-12-01 09:18:57.217128+00', '2026-12-01 09:18:57.217129+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (22, 'H0022', 'Erdoğan Aydın', '+90 546 382 91 37', 'Ahıska Sokak', '33', 'Kemalpaşa Mah.', '["soft_food"]', '', '0101000020E6100000B58CD47B2A7F3D409545611745094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-10-05', NULL, true, '2026-12-01 09:18:57.21713+00', '2026-12-01 09:18:57.21713+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (23, 'H0023', 'Nurten Erdem', '+90 554 168 39 12', 'Kasım Efendi Caddesi', '102', 'Cuma Mah.', '["low_salt"]', '', '0101000020E6100000E65AB4006D833D4027A1F48590094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-10-30', '2025-02-25', true, '2026-12-01 09:18:57.217131+00', '2026-12-01 09:18:57.217132+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (24, 'H0024', 'Hayriye Yıldız', '+90 544 230 24 25', 'Hıdır Sokak', '103', 'Osmaniye Mah.', '[]', '', '0101000020E610000035EECD6F98803D40D593F947DF0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-07-17', '2026-08-15', true, '2026-12-01 09:18:57.217133+00', '2026-12-01 09:18:57.217133+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (25, 'H0025', 'Gülten Sönmez', '+90 532 476 49 96', '1. Kiraz Sokak', '53', 'Osmaniye Mah.', '[]', '4. kat, asansör yok', '0101000020E6100000685E0EBBEF803D40473D44A33B0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-09-16', '2025-12-11', true, '2026-12-01 09:18:57.217134+00', '2026-12-01 09:18:57.217135+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (26, 'H0026', 'Zeynep Dağlı', '+90 546 421 56 33', 'Mehter Sokak', '77', 'Orhaniye Mah.', '["low_salt"]', '3. kat, asansör yok', '0101000020E61000003012DA722E853D404FCFBBB1A00A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-05-19', '2025-10-05', true, '2026-12-01 09:18:57.217136+00', '2026-12-01 09:18:57.217137+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (27, 'H0027', 'Süleyman Kara', '+90 555 467 06 18', 'Çelik Sokak', '97/B', 'Orhaniye Mah.', '[]', '', '0101000020E6100000022A1C412A853D4032E4D87A860A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2025-02-21', '2025-07-13', true, '2026-12-01 09:18:57.217138+00', '2026-12-01 09:18:57.217139+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (28, 'H0028', 'Sevim Çetin', '+90 537 447 16 50', 'Akkavak Sokak', '95', 'Sinanbey Mah.', '[]', '3. kat, asansör yok', '0101000020E6100000DF162CD505843D40DD5B9198A00A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 2, '[]', '2026-01-13', '2026-02-03', true, '2026-12-01 09:18:57.217139+00', '2026-12-01 09:18:57.21714+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (29, 'H0029', 'Dürdane Ateş', '+90 549 172 89 88', 'Şark Sokak', '112/B', 'Osmaniye Mah.', '[]', '', '0101000020E6100000A54FABE80F813D40D7C05609160B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-07-05', '2025-08-09', true, '2026-12-01 09:18:57.217141+00', '2026-12-01 09:18:57.217142+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (30, 'H0030', 'Nihat Yıldız', '+90 533 962 02 24', 'Gönül Açan Sokak', '102', 'Osmaniye Mah.', '["soft_food"]', '', '0101000020E610000075029A081B823D400D8E9257E70A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-10-17', '2025-02-04', true, '2026-12-01 09:18:57.217143+00', '2026-12-01 09:18:57.217143+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (31, 'H0031', 'Nazmiye Karaca', '+90 501 713 54 30', 'Kaptan Sokak', '54', 'Cuma Mah.', '[]', '', '0101000020E6100000E202D0285D823D408C82E0F1ED094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-10-29', '2025-11-29', true, '2026-12-01 09:18:57.217145+00', '2026-12-01 09:18:57.217145+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (32, 'H0032', 'Türkan Çakır', '+90 534 690 84 48', 'Ekim Sokak', '59', 'Osmaniye Mah.', '[]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E6100000C0401020437F3D40386BF0BE2A0B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 2, '["carry_inside"]', '2025-05-27', '2026-01-27', true, '2026-12-01 09:18:57.217146+00', '2026-12-01 09:18:57.217147+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (33, 'H0033', 'Gülten Tekin', '+90 559 716 57 92', 'Osmanbey Caddesi', '4', 'Orhaniye Mah.', '[]', '', '0101000020E6100000C3EFA65B76843D400A9DD7D8250A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-02-20', '2026-03-31', true, '2026-12-01 09:18:57.217147+00', '2026-12-01 09:18:57.217148+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (34, 'H0034', 'Fadime Özdemir', '+90 552 719 21 87', 'Demircioğlu Sokak', '97', 'Sinanbey Mah.', '[]', '', '0101000020E6100000D6FD63213A843D40E8F86871C60A4440', 'file', NULL, false, 'both', '[1, 3, 5]', 1, '[]', '2024-12-21', '2025-03-30', true, '2026-12-01 09:18:57.217149+00', '2026-12-01 09:18:57.21715+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (35, 'H0035', 'Saniye Altıntaş', '+90 532 007 12 53', 'İsmail Efendi Caddesi', '45', 'Cuma Mah.', '[]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E61000004E27D9EA72823D400B5D8940F5094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-03-29', '2026-09-10', true, '2026-12-01 09:18:57.217151+00', '2026-12-01 09:18:57.217152+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (36, 'H0036', 'Şükriye Aslan', '+90 545 595 46 99', 'Çamdere Sokak', '38', 'Cuma Mah.', '[]', '', '0101000020E6100000AA7EA5F3E1813D4038F4160FEF094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-10-30', '2026-06-05', true, '2026-12-01 09:18:57.217153+00', '2026-12-01 09:18:57.217154+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (37, 'H0037', 'Saniye Güneş', '+90 559 332 38 96', 'Barış Sokak', '113', 'Cuma Mah.', '[]', '4. kat, asansör yok; Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E6100000E7C41EDAC7823D4084F1D3B837094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 2, '["carry_inside"]', '2025-09-30', '2026-01-24', true, '2026-12-01 09:18:57.217154+00', '2026-12-01 09:18:57.217155+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (38, 'H0038', 'Meryem Yılmaz', '+90 559 470 43 71', '1. Bahar Sokak', '71', 'Osmaniye Mah.', '[]', '', '0101000020E6100000A5D8D138D47F3D407F6ABC74930A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2024-09-02', '2024-09-23', true, '2026-12-01 09:18:57.217156+00', '2026-12-01 09:18:57.217157+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (39, 'H0039', 'Sıtkı Şahin', '+90 545 494 23 79', '1. Bahar Sokak', '91', 'Osmaniye Mah.', '["low_salt"]', '4. kat, asansör yok; Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E610000022FAB5F5D37F3D4000E14389960A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '["carry_inside"]', '2025-05-22', '2026-02-22', true, '2026-12-01 09:18:57.217158+00', '2026-12-01 09:18:57.217158+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (40, 'H0040', 'Nurten Sarıkaya', '+90 537 496 30 67', 'Bahçeler Sokak', '113', 'Kemalpaşa Mah.', '["low_salt"]', '', '0101000020E6100000AD4B8DD0CF803D409F909DB7B1094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-10-20', '2025-03-21', true, '2026-12-01 09:18:57.217159+00', '2026-12-01 09:18:57.21716+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (41, 'H0041', 'Nazmiye Polat', '+90 535 310 41 96', 'Yenişehir Caddesi', '113', 'Sinanbey Mah.', '[]', '', '0101000020E61000000A815CE2C8833D4091B8C7D2870A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-01-26', '2026-06-05', true, '2026-12-01 09:18:57.217161+00', '2026-12-01 09:18:57.217161+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (42, 'H0042', 'Rıza Bozkurt', '+90 530 690 19 85', 'Pırlanta Sokak', '75', 'Kemalpaşa Mah.', '["low_salt", "soft_food"]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın; İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E6100000847EA65EB7803D405017299485094440', 'file', NULL, false, 'both', '[1, 3, 5]', 1, '["carry_inside"]', '2026-07-12', '2026-08-21', true, '2026-12-01 09:18:57.217162+00', '2026-12-01 09:18:57.217163+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (43, 'H0043', 'Necati Kılıç', '+90 541 961 71 58', 'Ali Hatipoğlu Sokak', '26', 'Cuma Mah.', '[]', '', '0101000020E610000082A8FB00A4823D40FE2AC0779B094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2026-08-28', '2026-09-13', true, '2026-12-01 09:18:57.217164+00', '2026-12-01 09:18:57.217165+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (44, 'H0044', 'Zöhre Kaplan', '+90 553 064 95 33', 'Yağcı İbrahim Sokak', '14', 'Orhaniye Mah.', '[]', '', '0101000020E6100000651A4D2EC6843D40C5FF1D51A10A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-04-21', '2026-09-26', true, '2026-12-01 09:18:57.217166+00', '2026-12-01 09:18:57.217167+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (45, 'H0045', 'Fadime Yavuz', '+90 538 092 10 74', 'Uğur Sokak', '58', 'Cuma Mah.', '[]', '', '0101000020E610000017B7D100DE823D40B56FEEAF1E094440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 1, '[]', '2024-11-20', '2025-03-08', true, '2026-12-01 09:18:57.217168+00', '2026-12-01 09:18:57.217168+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (46, 'H0046', 'Ömer Doğan', '+90 541 023 68 04', 'Zindanlık Sokak', '66', 'Orhaniye Mah.', '[]', '3. kat, asansör yok', '0101000020E61000002F36AD1402853D405890662C9A0A4440', 'file', NULL, false, 'both', '[1, 3, 5]', 1, '[]', '2026-04-23', '2026-09-22', true, '2026-12-01 09:18:57.217169+00', '2026-12-01 09:18:57.21717+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (47, 'H0047', 'Meryem Ekinci', '+90 535 598 26 92', 'Razgat Sokak', '51', 'Yenice Mah.', '[]', '4. kat, asansör yok; Kapı zili çalışmıyor, telefonla arayın', '0101000020E6100000CF12640454843D4013B69F8CF1094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2025-08-29', '2025-12-20', true, '2026-12-01 09:18:57.217171+00', '2026-12-01 09:18:57.217172+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (48, 'H0048', 'Gönül Turan', '+90 535 868 81 27', 'Ali Gülerer Sokak', '33', 'Osmaniye Mah.', '["gluten_free"]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E610000054E57B4622803D408C84B69C4B0B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-03-15', '2025-04-12', true, '2026-12-01 09:18:57.217173+00', '2026-12-01 09:18:57.217173+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (49, 'H0049', 'Havva Koç', '+90 549 058 84 66', '1. Şark Sokak', '86', 'Kemalpaşa Mah.', '["soft_food"]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E610000084F4143944803D406D7022FAB5094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 2, '[]', '2025-08-09', '2026-06-20', true, '2026-12-01 09:18:57.217174+00', '2026-12-01 09:18:57.217175+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (50, 'H0050', 'Müberra Arslan', '+90 559 721 25 55', 'Dürüst Sokak', '111', 'Osmaniye Mah.', '[]', '', '0101000020E6100000AA436E861B803D4021E527D53E0B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-01-09', '2026-08-18', true, '2026-12-01 09:18:57.217176+00', '2026-12-01 09:18:57.217176+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (51, 'H0051', 'Cemile Kara', '+90 545 012 04 41', 'Kökçü Sokak', '37', 'Yenice Mah.', '["soft_food"]', '2. kat, asansör yok; İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E61000006C5ED5592D843D40E6762FF7C9094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-10-27', '2026-12-05', true, '2026-12-01 09:18:57.217178+00', '2026-12-01 09:18:57.217178+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (77, 'H0077', 'Saniye Ekinci', '+90 538 142 09 11', 'İbrahim Şenbel Sokak', '91', 'Yenice Mah.', '[]', '', '0101000020E6100000289D4830D5843D40A81DFE9AAC094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-08-26', '2026-10-15', true, '2026-12-01 09:18:57.217218+00', '2026-12-01 09:18:57.217219+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (52, 'H0052', 'Müberra Kaplan', '+90 506 852 01 24', 'Gazhane Sokak', '92', 'Osmaniye Mah.', '[]', '4. kat, asansör yok; Bahçede köpek var, bahçe kapısını kapatın', '0101000020E6100000D367075C57803D403561FBC9180B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-01-13', '2025-03-01', true, '2026-12-01 09:18:57.217179+00', '2026-12-01 09:18:57.21718+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (53, 'H0053', 'İkbal Çiftçi', '+90 538 136 48 99', 'Salkım Söğüt Sokak', '30', 'Sinanbey Mah.', '[]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E610000015376E313F833D400F7C0C569C0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 2, '["carry_inside"]', '2025-06-25', '2025-08-31', true, '2026-12-01 09:18:57.217181+00', '2026-12-01 09:18:57.217181+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (54, 'H0054', 'Hayri Şahin', '+90 531 561 43 29', 'Yenişehir Caddesi', '88', 'Sinanbey Mah.', '[]', '', '0101000020E6100000E7E44526E0833D40C63368E89F0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-07-29', '2026-09-17', true, '2026-12-01 09:18:57.217183+00', '2026-12-01 09:18:57.217183+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (55, 'H0055', 'Nezihe Arslan', '+90 545 505 95 48', '1. Şark Sokak', '55', 'Kemalpaşa Mah.', '[]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E6100000E1EB6B5D6A803D40791EDC9DB5094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '["carry_inside"]', '2026-06-23', '2026-07-19', true, '2026-12-01 09:18:57.217184+00', '2026-12-01 09:18:57.217188+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (56, 'H0056', 'Hanife Bayram', '+90 549 811 04 20', 'Çiçek Sokak', '80', 'Kemalpaşa Mah.', '["diabetic"]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000009D9E776341813D40A91611C5E4094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2024-08-08', '2024-08-24', true, '2026-12-01 09:18:57.217189+00', '2026-12-01 09:18:57.217189+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (57, 'H0057', 'İkbal Güneş', '+90 559 943 22 47', 'Baştürk Sokak', '25', 'Osmaniye Mah.', '[]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E6100000D3C08F6AD87F3D40198C1189420B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2024-11-24', '2025-03-28', true, '2026-12-01 09:18:57.21719+00', '2026-12-01 09:18:57.217191+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (58, 'H0058', 'Sıdıka Yıldırım', '+90 543 898 31 25', 'Bozdağ Sokak', '1', 'Osmaniye Mah.', '[]', '', '0101000020E61000009487855AD3803D40BD19355F250B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2025-03-11', '2025-04-04', true, '2026-12-01 09:18:57.217192+00', '2026-12-01 09:18:57.217192+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (59, 'H0059', 'Tevfik Sönmez', '+90 544 584 81 14', 'Şark Sokak', '14', 'Osmaniye Mah.', '["low_salt"]', '', '0101000020E610000035CF11F92E813D40026553AEF00A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-04-29', '2026-07-15', true, '2026-12-01 09:18:57.217193+00', '2026-12-01 09:18:57.217194+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (60, 'H0060', 'Hayri Ekinci', '+90 543 801 97 25', 'Mutlu Sokak', '69', 'Kemalpaşa Mah.', '["diabetic"]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E610000066A4DE5339813D40DC82A5BA80094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '["carry_inside"]', '2025-06-04', '2025-07-19', true, '2026-12-01 09:18:57.217195+00', '2026-12-01 09:18:57.217195+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (61, 'H0061', 'Hanife Bayram', '+90 553 169 98 69', 'Özfidanlık Sokak', '97', 'Yenice Mah.', '["low_salt"]', '', '0101000020E6100000394371C79B843D40EE5A423EE8094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-08-24', '2024-09-06', true, '2026-12-01 09:18:57.217196+00', '2026-12-01 09:18:57.217197+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (62, 'H0062', 'İkbal Yılmaz', '+90 535 664 66 21', 'Kemalettin Sami Paşa Caddesi', '4', 'Osmaniye Mah.', '[]', '', '0101000020E6100000959D7E5017813D403944DC9C4A0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-04-19', '2026-07-30', true, '2026-12-01 09:18:57.217198+00', '2026-12-01 09:18:57.217198+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (63, 'H0063', 'Şükrü Doğan', '+90 555 428 04 00', 'Sanayi Caddesi', '11', 'Yenice Mah.', '[]', '', '0101000020E61000007BD7A02FBD853D405F28603B18094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 2, '[]', '2024-11-17', '2024-12-28', true, '2026-12-01 09:18:57.217199+00', '2026-12-01 09:18:57.2172+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (64, 'H0064', 'Saniye Özdemir', '+90 551 360 03 92', 'Ali Hatipoğlu Sokak', '93', 'Cuma Mah.', '["diabetic"]', '', '0101000020E6100000BCEB6CC83F833D40E04BE141B3094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-01-10', '2025-01-29', true, '2026-12-01 09:18:57.217201+00', '2026-12-01 09:18:57.217201+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (65, 'H0065', 'Tevfik Can', '+90 537 851 72 89', 'Leylak Sokak', '117/C', 'Kemalpaşa Mah.', '["low_salt"]', '', '0101000020E6100000C70F9546CC803D40D8614CFA7B094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-03-07', '2025-07-28', true, '2026-12-01 09:18:57.217202+00', '2026-12-01 09:18:57.217203+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (66, 'H0066', 'İkbal Yıldız', '+90 536 030 37 75', 'Hacı Molla Sokak', '5', 'Cuma Mah.', '[]', '', '0101000020E610000086713788D6823D4057B2632310094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-03-26', '2026-05-04', true, '2026-12-01 09:18:57.217204+00', '2026-12-01 09:18:57.217204+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (67, 'H0067', 'Nazmiye Polat', '+90 555 921 45 31', '1. Kiraz Sokak', '64', 'Osmaniye Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000002254A9D903813D401BBD1AA0340A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-12-03', '2026-04-05', true, '2026-12-01 09:18:57.217205+00', '2026-12-01 09:18:57.217206+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (68, 'H0068', 'Havva Yavuz', '+90 554 922 55 55', 'Hakkı Bey Sokak', '26', 'Orhaniye Mah.', '[]', 'Bina girişi arka sokaktan', '0101000020E61000003813D38558853D40AFD172A0870A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-06-03', '2026-07-06', true, '2026-12-01 09:18:57.217206+00', '2026-12-01 09:18:57.217207+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (69, 'H0069', 'Nermin Erdoğan', '+90 545 396 57 96', 'Sülün Sokak', '69', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000BB421F2C637F3D4037548CF337094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-03-17', '2025-10-06', true, '2026-12-01 09:18:57.217208+00', '2026-12-01 09:18:57.217208+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (70, 'H0070', 'Gülizar Şen', '+90 555 015 72 91', 'Lale Sokak', '46', 'Cuma Mah.', '["soft_food"]', '', '0101000020E61000007787140324823D40780E65A88A094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-01-14', '2025-05-17', true, '2026-12-01 09:18:57.217209+00', '2026-12-01 09:18:57.217209+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (71, 'H0071', 'Ümmühan Dağlı', '+90 559 637 54 25', 'Kuzey Sokak', '13', 'Kemalpaşa Mah.', '["soft_food"]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E6100000A417B5FB55803D4008AA46AF060A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2026-05-08', '2026-06-21', true, '2026-12-01 09:18:57.21721+00', '2026-12-01 09:18:57.217211+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (72, 'H0072', 'Türkan Polat', '+90 539 314 37 36', '2. Zambak Sokak', '96', 'Kemalpaşa Mah.', '["diabetic", "low_salt"]', '', '0101000020E6100000994869368F7F3D4097361C96060A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2024-09-24', '2024-10-22', true, '2026-12-01 09:18:57.217212+00', '2026-12-01 09:18:57.217212+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (73, 'H0073', 'Müberra Polat', '+90 537 855 73 69', 'Kasım Efendi Caddesi', '84', 'Yenice Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın; Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E6100000882EA86F99833D40DF18028063094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2024-09-16', '2025-04-21', true, '2026-12-01 09:18:57.217213+00', '2026-12-01 09:18:57.217213+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (74, 'H0074', 'Gönül Durmaz', '+90 505 904 39 02', 'Kasım Efendi Caddesi', '45', 'Yenice Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000000742B28009843D40A20A7F8637094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-03-06', '2025-03-22', true, '2026-12-01 09:18:57.217214+00', '2026-12-01 09:18:57.217215+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (75, 'H0075', 'Emine Erdem', '+90 546 767 92 46', 'İbrahim Şenbel Sokak', '43', 'Yenice Mah.', '[]', '3. kat, asansör yok', '0101000020E61000000934D8D479843D406A6CAF05BD094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 2, '[]', '2024-10-05', '2024-11-01', true, '2026-12-01 09:18:57.217215+00', '2026-12-01 09:18:57.217216+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (76, 'H0076', 'Cemal Bayram', '+90 552 516 56 06', 'Cevat Parman Sokak', '81', 'Yenice Mah.', '[]', '', '0101000020E610000094D920938C843D406C0723F6090A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-02-03', '2026-06-20', true, '2026-12-01 09:18:57.217217+00', '2026-12-01 09:18:57.217217+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (78, 'H0078', 'Zöhre Kurt', '+90 552 827 46 03', 'Yücel Sokak', '15', 'Osmaniye Mah.', '[]', '', '0101000020E61000002882380F27803D40FE4465C39A0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-06-06', '2026-12-05', true, '2026-12-01 09:18:57.217219+00', '2026-12-01 09:18:57.21722+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (79, 'H0079', 'Ahmet Kılıç', '+90 555 842 77 90', 'Tabakhane Caddesi', '64', 'Yenice Mah.', '["soft_food"]', '', '0101000020E6100000B7B41A12F7843D403A0664AF77094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 2, '[]', '2025-05-04', '2025-06-07', true, '2026-12-01 09:18:57.217221+00', '2026-12-01 09:18:57.217222+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (80, 'H0080', 'Şevket Kara', '+90 532 574 93 45', 'İsmail Çetinkaya Caddesi', '90', 'Kemalpaşa Mah.', '["soft_food"]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E61000005376FA415D803D406551D845D1094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-08-11', '2025-01-17', true, '2026-12-01 09:18:57.217223+00', '2026-12-01 09:18:57.217224+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (81, 'H0081', 'Erdoğan Arslan', '+90 549 955 83 70', 'Havı Tevfik Sokak', '103', 'Orhaniye Mah.', '["low_salt"]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E6100000EC18575C1C853D40A7AD11C1380A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2026-01-21', '2026-02-19', true, '2026-12-01 09:18:57.217224+00', '2026-12-01 09:18:57.217225+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (82, 'H0082', 'Nurten Bayram', '+90 507 516 93 95', 'Özdere Sokak', '83', 'Cuma Mah.', '["soft_food"]', '3. kat, asansör yok', '0101000020E61000009AEC9FA701833D40EF1AF4A5B7094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-02-12', '2026-07-21', true, '2026-12-01 09:18:57.217226+00', '2026-12-01 09:18:57.217226+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (83, 'H0083', 'Zeynep Altıntaş', '+90 506 322 62 55', 'Baltaoğlu Sokak', '92', 'Cuma Mah.', '[]', '', '0101000020E61000004A9869FB57823D405985CD00170A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-01-19', '2026-05-16', true, '2026-12-01 09:18:57.217227+00', '2026-12-01 09:18:57.217228+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (84, 'H0084', 'Fadime Çakır', '+90 554 198 28 94', 'M. Öz Saraç Sokak', '113', 'Osmaniye Mah.', '[]', '', '0101000020E6100000187959130B803D4059130B7C450B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2024-12-03', '2025-05-06', true, '2026-12-01 09:18:57.217229+00', '2026-12-01 09:18:57.217229+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (85, 'H0085', 'Sıtkı Korkmaz', '+90 536 835 26 79', 'Edirne Caddesi', '61', 'Osmaniye Mah.', '["soft_food"]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E6100000C6BFCFB870803D40D520CCED5E0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-12-26', '2025-05-14', true, '2026-12-01 09:18:57.21723+00', '2026-12-01 09:18:57.217231+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (86, 'H0086', 'Ümmühan Gündoğdu', '+90 538 223 31 25', 'Arzu Sokak', '5', 'Osmaniye Mah.', '["diabetic"]', 'Bina girişi arka sokaktan', '0101000020E6100000FAF19716F5813D401572A59E050B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-04-02', '2026-09-17', true, '2026-12-01 09:18:57.217232+00', '2026-12-01 09:18:57.217232+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (87, 'H0087', 'Türkan Aktaş', '+90 555 294 56 28', 'Nazif Sokak', '67', 'Sinanbey Mah.', '["low_salt"]', '4. kat, asansör yok; Bina girişi arka sokaktan', '0101000020E610000049A0C1A6CE833D406EBE11DDB30A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-07-15', '2025-08-20', true, '2026-12-01 09:18:57.217233+00', '2026-12-01 09:18:57.217234+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (88, 'H0088', 'Şükrü Bayram', '+90 553 195 43 25', 'Şebboy Caddesi', '35', 'Osmaniye Mah.', '["soft_food"]', '', '0101000020E61000009FABADD85F823D40F59F353FFE0A4440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 2, '[]', '2024-09-18', '2025-06-21', true, '2026-12-01 09:18:57.217234+00', '2026-12-01 09:18:57.217235+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (89, 'H0089', 'Hayriye Erdoğan', '+90 501 896 74 32', 'Armutlu Bahçe Sokak', '13', 'Yenice Mah.', '[]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E610000069C36169E0833D409B9141EE220A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2024-11-25', '2024-12-10', true, '2026-12-01 09:18:57.217236+00', '2026-12-01 09:18:57.217236+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (90, 'H0090', 'Şöhret Çiftçi', '+90 501 873 37 20', 'Kasım Efendi Caddesi', '11', 'Cuma Mah.', '[]', '', '0101000020E61000005ABC581822833D40A0A696ADF5094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-02-10', '2025-07-17', true, '2026-12-01 09:18:57.217237+00', '2026-12-01 09:18:57.217238+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (91, 'H0091', 'Sıdıka Çelik', '+90 546 820 31 29', 'Sözeri Sokak', '13', 'Kemalpaşa Mah.', '[]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E610000041295AB917803D40328E91EC110A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '["carry_inside"]', '2024-11-16', '2025-04-23', true, '2026-12-01 09:18:57.217239+00', '2026-12-01 09:18:57.21724+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (92, 'H0092', 'Yusuf Yavuz', '+90 507 406 34 18', 'Cuma Sokak', '108', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000002FDFFAB0DE803D40BFF4F6E7A2094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-11-06', '2025-11-29', true, '2026-12-01 09:18:57.21724+00', '2026-12-01 09:18:57.217241+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (93, 'H0093', 'Hanife Bulut', '+90 546 145 18 46', 'Suyolu Caddesi', '39', 'Cuma Mah.', '["diabetic"]', '', '0101000020E6100000E1968FA4A4833D4090DAC4C9FD084440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-03-02', '2026-07-02', true, '2026-12-01 09:18:57.217242+00', '2026-12-01 09:18:57.217243+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (94, 'H0094', 'Ramazan Can', '+90 552 008 67 62', 'Bircanlar Sokak', '62', 'Orhaniye Mah.', '["diabetic"]', '', '0101000020E61000008DF0F62004843D400E32C9C8590A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-05-09', '2025-10-27', true, '2026-12-01 09:18:57.217243+00', '2026-12-01 09:18:57.217244+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (95, 'H0095', 'Naciye Sönmez', '+90 531 357 85 15', 'İbrahim Şenbel Sokak', '12', 'Yenice Mah.', '["low_salt", "gluten_free"]', '', '0101000020E6100000C16F438CD7843D40253FE257AC094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-02-13', '2025-03-05', true, '2026-12-01 09:18:57.217245+00', '2026-12-01 09:18:57.217245+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (96, 'H0096', 'İkbal Güler', '+90 532 285 79 69', 'Ali Hatipoğlu Sokak', '68', 'Cuma Mah.', '[]', '', '0101000020E6100000B29FC55224833D40B5503239B5094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-01-14', '2026-02-22', true, '2026-12-01 09:18:57.217246+00', '2026-12-01 09:18:57.217247+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (97, 'H0097', 'Gülsüm Dağlı', '+90 543 980 60 16', 'Osmanbey Caddesi', '66', 'Yenice Mah.', '[]', '', '0101000020E61000006971C63027843D40D026874F3A094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-09-11', '2024-12-23', true, '2026-12-01 09:18:57.217248+00', '2026-12-01 09:18:57.217249+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (98, 'H0098', 'Cemal Doğan', '+90 554 500 41 01', 'Hacı Veli Ağa Sokak', '91', 'Cuma Mah.', '["diabetic"]', '', '0101000020E61000004260E5D022833D40205ED72FD8094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-10-02', '2025-11-15', true, '2026-12-01 09:18:57.217252+00', '2026-12-01 09:18:57.217252+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (99, 'H0099', 'Şerife Ünal', '+90 532 260 30 41', 'Kamer Sokak', '53', 'Osmaniye Mah.', '["diabetic"]', '', '0101000020E61000007A8F334DD8823D40CF86FC33830A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-06-28', '2026-12-30', true, '2026-12-01 09:18:57.217253+00', '2026-12-01 09:18:57.217254+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (100, 'H0100', 'İsmail Arslan', '+90 554 117 21 88', 'Şehit Er İsmail Kurt Sokak', '31', 'Cuma Mah.', '["low_salt"]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E6100000FDF7E0B54B833D40C47C7901F6094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-03-31', '2025-05-18', true, '2026-12-01 09:18:57.217255+00', '2026-12-01 09:18:57.217256+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (101, 'H0101', 'Zöhre Arslan', '+90 537 441 84 34', 'Kasım Efendi Caddesi', '4', 'Yenice Mah.', '["diabetic", "soft_food", "gluten_free"]', '', '0101000020E6100000E9D66B7A50843D4077BF0AF0DD084440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-07-13', '2026-10-22', true, '2026-12-01 09:18:57.217257+00', '2026-12-01 09:18:57.217257+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (102, 'H0102', 'Necati Uçar', '+90 541 049 68 20', 'Demircizade Sokak', '52', 'Yenice Mah.', '["diabetic"]', '4. kat, asansör yok; Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E610000070D234289A833D4079758E01D9094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2025-06-23', '2025-09-06', true, '2026-12-01 09:18:57.217258+00', '2026-12-01 09:18:57.217259+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (103, 'H0103', 'Süleyman Güler', '+90 533 872 85 54', 'Gaziler Sokak', '57', 'Osmaniye Mah.', '["soft_food"]', '', '0101000020E61000001096B1A19B813D40D53C47E4BB0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2024-11-03', '2025-08-01', true, '2026-12-01 09:18:57.21726+00', '2026-12-01 09:18:57.21726+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (104, 'H0104', 'Hayriye Yılmaz', '+90 538 328 39 97', 'Hacı Sadullah Sokak', '27', 'Cuma Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın; Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E6100000414AECDADE823D404031B2648E094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-10-25', '2024-11-25', true, '2026-12-01 09:18:57.217261+00', '2026-12-01 09:18:57.217262+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (105, 'H0105', 'Gülsüm Ateş', '+90 501 153 30 89', 'Suyolu Caddesi', '81', 'Yenice Mah.', '[]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E61000007157AF22A3833D40236AA2CF47094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-07-18', '2026-11-11', true, '2026-12-01 09:18:57.217263+00', '2026-12-01 09:18:57.217263+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (106, 'H0106', 'Ahmet Kurt', '+90 554 319 62 58', 'Burgaz Sokak', '61', 'Yenice Mah.', '[]', '5. kat, asansör yok; Bina girişi arka sokaktan', '0101000020E61000008F34B8AD2D843D40C51EDAC70A0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-12-26', '2026-05-12', true, '2026-12-01 09:18:57.217264+00', '2026-12-01 09:18:57.217264+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (107, 'H0107', 'Müzeyyen Özdemir', '+90 532 642 11 68', 'Zade Emin Sokak', '4', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000B6BE4868CB813D409A7CB3CD8D094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-10-17', '2026-11-21', true, '2026-12-01 09:18:57.217265+00', '2026-12-01 09:18:57.217266+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (108, 'H0108', 'Nazmiye Koç', '+90 532 889 20 16', 'Ufuk Sokak', '50', 'Kemalpaşa Mah.', '[]', '', '0101000020E610000077A38FF980803D40079B3A8F8A094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-06-23', NULL, true, '2026-12-01 09:18:57.217267+00', '2026-12-01 09:18:57.217267+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (109, 'H0109', 'Şükrü Doğan', '+90 559 239 28 92', '1. Çamlıbel Sokak', '25', 'Orhaniye Mah.', '[]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E6100000B1DF13EB54853D40C7F484251E0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '["carry_inside"]', '2026-05-25', NULL, true, '2026-12-01 09:18:57.217268+00', '2026-12-01 09:18:57.217268+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (110, 'H0110', 'Cengiz Sönmez', '+90 538 898 78 11', 'İshakpaşa Sokak', '58', 'Cuma Mah.', '["diabetic"]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın; Bahçede köpek var, bahçe kapısını kapatın', '0101000020E6100000B83A00E2AE823D40ED7DAA0A0D0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '["carry_inside"]', '2026-01-29', '2026-02-21', true, '2026-12-01 09:18:57.217269+00', '2026-12-01 09:18:57.21727+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (111, 'H0111', 'İsmail Oğuz', '+90 555 802 78 27', 'Osman Balcı Sokak', '106', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000C2BF081A33813D40DCF0BBE996094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-05-24', '2025-07-30', true, '2026-12-01 09:18:57.217271+00', '2026-12-01 09:18:57.217271+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (112, 'H0112', 'Kezban Yıldız', '+90 539 850 13 14', 'Bülbüller Sokak', '52', 'Orhaniye Mah.', '[]', '', '0101000020E610000072C284D1AC843D4008008E3D7B0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-02-09', '2025-12-19', true, '2026-12-01 09:18:57.217272+00', '2026-12-01 09:18:57.217273+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (113, 'H0113', 'Fadime Turan', '+90 535 024 99 57', 'Bahçeler Sokak', '99', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000D576137CD3803D4062307F85CC094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2024-10-03', '2025-08-18', true, '2026-12-01 09:18:57.217274+00', '2026-12-01 09:18:57.217274+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (114, 'H0114', 'Recep Çiftçi', '+90 507 524 33 47', 'Taşkın Sokak', '100', 'Cuma Mah.', '[]', '', '0101000020E61000008C0FB3976D833D40834F73F222094440', 'file', NULL, false, 'both', '[1, 3, 5]', 1, '[]', '2026-05-23', '2026-08-29', true, '2026-12-01 09:18:57.217275+00', '2026-12-01 09:18:57.217276+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (115, 'H0115', 'Meryem Yıldız', '+90 536 536 81 48', 'Suyolu Caddesi', '74', 'Cuma Mah.', '[]', '', '0101000020E61000009147702365833D40215B96AFCB084440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-05-06', '2026-08-07', true, '2026-12-01 09:18:57.217276+00', '2026-12-01 09:18:57.217277+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (116, 'H0116', 'Müzeyyen Bayram', '+90 538 136 42 75', 'Elektrik Sokak', '37', 'Cuma Mah.', '[]', '5. kat, asansör yok', '0101000020E6100000A7203F1BB9823D40FB3C4679E6094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-08-16', '2025-03-13', true, '2026-12-01 09:18:57.217278+00', '2026-12-01 09:18:57.217278+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (117, 'H0117', 'Sıdıka Çetin', '+90 539 811 93 22', 'Cehver Sokak', '95', 'Orhaniye Mah.', '["low_salt", "gluten_free"]', '4. kat, asansör yok', '0101000020E61000006C5ED5592D843D4039D55A98850A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-01-24', '2026-04-15', true, '2026-12-01 09:18:57.217279+00', '2026-12-01 09:18:57.21728+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (118, 'H0118', 'Nurten Karaca', '+90 530 489 99 49', 'Baykut Sokak', '50/B', 'Orhaniye Mah.', '[]', '', '0101000020E61000007270E998F3843D405C59A2B3CC0A4440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2025-01-17', '2025-12-01', true, '2026-12-01 09:18:57.217281+00', '2026-12-01 09:18:57.217281+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (119, 'H0119', 'Yusuf Tekin', '+90 506 982 49 64', 'Doğu Sokak', '52', 'Kemalpaşa Mah.', '["soft_food"]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E6100000F46DC1525D803D40B0AA5E7EA7094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '["carry_inside"]', '2026-07-21', '2026-11-20', true, '2026-12-01 09:18:57.217282+00', '2026-12-01 09:18:57.217283+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (120, 'H0120', 'Nermin Öztürk', '+90 549 544 09 12', 'Türkan Sokak', '112', 'Yenice Mah.', '["diabetic"]', 'Bina girişi arka sokaktan', '0101000020E610000039D1AE42CA833D40DECB7D72140A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-06-22', '2025-10-28', true, '2026-12-01 09:18:57.217284+00', '2026-12-01 09:18:57.217284+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (121, 'H0121', 'Hatice Ünal', '+90 551 070 18 08', 'Hacı Molla Sokak', '103', 'Cuma Mah.', '[]', '', '0101000020E610000064B14D2A1A833D40562DE92807094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2024-12-06', '2025-01-11', true, '2026-12-01 09:18:57.217285+00', '2026-12-01 09:18:57.217285+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (122, 'H0122', 'İkbal Sönmez', '+90 544 638 04 91', 'Bekir Alemdar Sokak', '118', 'Osmaniye Mah.', '["low_salt"]', '', '0101000020E61000002C836A8313813D40D5CC5A0A480B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-10-15', '2025-11-04', true, '2026-12-01 09:18:57.217286+00', '2026-12-01 09:18:57.217287+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (123, 'H0123', 'İsmail Doğan', '+90 552 312 53 97', 'Kerimağa Sokak', '73', 'Yenice Mah.', '["diabetic", "soft_food"]', '', '0101000020E6100000902FA182C3833D409813B4C9E1094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2025-01-12', '2025-02-21', true, '2026-12-01 09:18:57.217288+00', '2026-12-01 09:18:57.217288+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (124, 'H0124', 'Şükrü Uysal', '+90 551 680 02 36', 'Hal Sokak', '110', 'Cuma Mah.', '[]', '', '0101000020E61000005FD4EE5701823D4013B70A62A0094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-06-12', '2026-09-10', true, '2026-12-01 09:18:57.217289+00', '2026-12-01 09:18:57.21729+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (125, 'H0125', 'Naciye Turan', '+90 535 135 97 50', 'Alem Sokak', '66', 'Osmaniye Mah.', '["diabetic"]', '', '0101000020E610000097749483D9803D4028D6A9F23D0B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2024-10-26', '2025-01-23', true, '2026-12-01 09:18:57.217291+00', '2026-12-01 09:18:57.217291+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (126, 'H0126', 'Sıdıka Demir', '+90 545 499 28 36', 'Hakkı Bey Sokak', '108', 'Orhaniye Mah.', '[]', '', '0101000020E610000009FD4CBD6E853D40386744696F0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2024-12-24', '2025-03-20', true, '2026-12-01 09:18:57.217292+00', '2026-12-01 09:18:57.217293+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (127, 'H0127', 'Nihat Kaya', '+90 532 217 91 64', 'Rüzgarlı Sokak', '21', 'Kemalpaşa Mah.', '[]', '', '0101000020E610000008C72C7B12803D40E179A9D898094440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 2, '[]', '2026-04-06', '2026-05-06', true, '2026-12-01 09:18:57.217294+00', '2026-12-01 09:18:57.217294+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (128, 'H0128', 'Hasan Yavuz', '+90 554 831 52 31', 'Mezbaa Sokak', '47', 'Sinanbey Mah.', '[]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E6100000C7116BF129843D40B9C5FCDCD00A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-05-04', '2026-05-29', true, '2026-12-01 09:18:57.217295+00', '2026-12-01 09:18:57.217295+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (129, 'H0129', 'Osman Doğan', '+90 549 666 39 82', 'Necip Efendi Çıkmazı Sokak', '21', 'Yenice Mah.', '[]', '4. kat, asansör yok; İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E6100000B6494563ED833D40F92EA52E19094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-11-03', '2025-11-16', true, '2026-12-01 09:18:57.217296+00', '2026-12-01 09:18:57.217297+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (130, 'H0130', 'Hayri Şahin', '+90 559 957 50 57', 'Leylak Sokak', '26', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000002EC72B103D813D402025766D6F094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-10-21', '2025-12-02', true, '2026-12-01 09:18:57.217298+00', '2026-12-01 09:18:57.217298+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (131, 'H0131', 'Zöhre Şen', '+90 536 516 96 09', 'Sarıgül Sokak', '81', 'Cuma Mah.', '[]', '', '0101000020E610000038143E5B07833D405B0C1EA67D094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-01-06', '2025-05-02', true, '2026-12-01 09:18:57.217299+00', '2026-12-01 09:18:57.217299+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (132, 'H0132', 'Müzeyyen Şen', '+90 505 540 25 62', 'Ali Galip Sokak', '11/A', 'Osmaniye Mah.', '[]', '2. kat, asansör yok; Bina girişi arka sokaktan', '0101000020E6100000D09CF529C7803D404C512E8D5F0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-12-30', '2025-03-01', true, '2026-12-01 09:18:57.2173+00', '2026-12-01 09:18:57.217301+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (133, 'H0133', 'Şerife Savaş', '+90 549 413 58 62', 'Kasım Efendi Caddesi', '24', 'Yenice Mah.', '["low_salt", "soft_food"]', '', '0101000020E6100000880FECF82F843D402E5393E00D094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-12-30', '2026-07-06', true, '2026-12-01 09:18:57.217302+00', '2026-12-01 09:18:57.217303+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (134, 'H0134', 'Cemal Durmaz', '+90 533 009 52 16', 'Kasım Efendi Caddesi', '20', 'Cuma Mah.', '["soft_food"]', '', '0101000020E61000004F58E20165833D405C1C959BA8094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-07-11', '2026-03-30', true, '2026-12-01 09:18:57.217303+00', '2026-12-01 09:18:57.217304+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (135, 'H0135', 'Zeynep Bayram', '+90 531 603 53 31', 'Yeşil Çayır Sokak', '47', 'Kemalpaşa Mah.', '[]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E610000039B5334C6D813D401096B1A19B094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '["carry_inside"]', '2025-05-08', '2025-05-22', true, '2026-12-01 09:18:57.217305+00', '2026-12-01 09:18:57.217305+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (136, 'H0136', 'Nurten Bayraktar', '+90 545 317 05 39', 'Yenişehir Caddesi', '35', 'Sinanbey Mah.', '[]', '', '0101000020E61000002FBFD364C6833D40E065868DB20A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-09-28', '2024-11-06', true, '2026-12-01 09:18:57.217306+00', '2026-12-01 09:18:57.217307+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (137, 'H0137', 'Sabri Yıldız', '+90 545 850 49 12', 'Ali Çilek Sokak', '76', 'Osmaniye Mah.', '[]', '3. kat, asansör yok', '0101000020E61000009065C1C41F813D40068195438B0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-06-27', '2025-10-02', true, '2026-12-01 09:18:57.217307+00', '2026-12-01 09:18:57.217308+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (138, 'H0138', 'Gülten Kaya', '+90 552 167 00 01', 'Demircizade Sokak', '118', 'Yenice Mah.', '[]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E6100000124F7633A3833D40E8DEC325C7094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '["carry_inside"]', '2026-05-13', '2026-07-18', true, '2026-12-01 09:18:57.217309+00', '2026-12-01 09:18:57.217309+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (139, 'H0139', 'Müzeyyen Şahin', '+90 559 373 75 48', 'Hafız Tahir Sokak', '45', 'Sinanbey Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E6100000CFF753E3A5833D4090BE49D3A00A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-10-22', '2025-11-08', true, '2026-12-01 09:18:57.21731+00', '2026-12-01 09:18:57.217311+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (140, 'H0140', 'Müberra Aydın', '+90 506 861 27 08', 'Yüksel Sokak', '5', 'Orhaniye Mah.', '["diabetic"]', '', '0101000020E6100000E884D04197843D402FE1D05B3C0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-08-02', '2025-10-14', true, '2026-12-01 09:18:57.217311+00', '2026-12-01 09:18:57.217315+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (141, 'H0141', 'Nurten Gündoğdu', '+90 538 092 27 86', 'Özfidanlık Sokak', '12', 'Orhaniye Mah.', '[]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E6100000D9226937FA843D40817C09151C0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-06-14', '2026-07-18', true, '2026-12-01 09:18:57.217316+00', '2026-12-01 09:18:57.217316+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (142, 'H0142', 'Fadime Polat', '+90 552 463 41 09', 'Bekir Alemdar Sokak', '54', 'Osmaniye Mah.', '[]', '2. kat, asansör yok', '0101000020E6100000E0BBCD1B27813D405D34643C4A0B4440', 'file', NULL, false, 'both', '[1, 3, 5]', 2, '[]', '2025-04-28', '2025-05-25', true, '2026-12-01 09:18:57.217317+00', '2026-12-01 09:18:57.217318+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (143, 'H0143', 'Sabri Arslan', '+90 539 392 48 42', 'Nergis Sokak', '25/B', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000663046240A813D4016C26A2C61094440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 1, '[]', '2025-03-22', '2025-04-24', true, '2026-12-01 09:18:57.217319+00', '2026-12-01 09:18:57.217319+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (144, 'H0144', 'Nuri Çakır', '+90 533 320 09 22', 'Gaziler Sokak', '21', 'Osmaniye Mah.', '["diabetic", "low_salt"]', '', '0101000020E61000003A57941282813D4078962023A00A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-09-08', '2025-12-06', true, '2026-12-01 09:18:57.21732+00', '2026-12-01 09:18:57.217321+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (145, 'H0145', 'Gülten Korkmaz', '+90 545 236 02 72', 'Adliye Sokak', '98', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E61000003239B5334C813D407D06D49B51094440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 2, '[]', '2025-12-12', '2026-01-25', true, '2026-12-01 09:18:57.217322+00', '2026-12-01 09:18:57.217322+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (146, 'H0146', 'Gülten Şimşek', '+90 549 307 09 80', 'Çiğdem Sokak', '35', 'Kemalpaşa Mah.', '["low_salt"]', '', '0101000020E61000007EFFE6C5897F3D40B33F506EDB094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-07-27', NULL, true, '2026-12-01 09:18:57.217323+00', '2026-12-01 09:18:57.217323+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (147, 'H0147', 'Nazmiye Çiftçi', '+90 539 221 00 56', 'Hacı Molla Sokak', '112', 'Cuma Mah.', '[]', '', '0101000020E6100000A227655243833D40425A63D009094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-12-06', '2026-05-16', true, '2026-12-01 09:18:57.217324+00', '2026-12-01 09:18:57.217325+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (148, 'H0148', 'Gülizar Özcan', '+90 559 470 39 25', 'Bozdağ Sokak', '56/B', 'Osmaniye Mah.', '[]', '', '0101000020E610000026E318C91E813D40FA7FD591230B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-05-03', '2026-08-19', true, '2026-12-01 09:18:57.217326+00', '2026-12-01 09:18:57.217326+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (149, 'H0149', 'Ayşe Kahraman', '+90 544 238 02 62', 'Aladağ Sokak', '6', 'Osmaniye Mah.', '["diabetic"]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E6100000F38FBE49D3803D402FA4C343180B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-12-15', '2026-01-23', true, '2026-12-01 09:18:57.217327+00', '2026-12-01 09:18:57.217328+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (150, 'H0150', 'İsmail Erdem', '+90 507 780 66 23', 'Ekremiye Sokak', '11', 'Osmaniye Mah.', '["low_salt"]', '', '0101000020E6100000D55E44DB31813D40D847A7AE7C0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-10-29', '2026-11-30', true, '2026-12-01 09:18:57.217329+00', '2026-12-01 09:18:57.217329+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (151, 'H0151', 'İkbal Aktaş', '+90 542 509 80 04', 'Hal Sokak', '84', 'Cuma Mah.', '[]', '', '0101000020E61000000D33349E08823D400C923EADA2094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2025-11-13', '2025-12-25', true, '2026-12-01 09:18:57.217331+00', '2026-12-01 09:18:57.217331+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (152, 'H0152', 'Emine Karaca', '+90 505 625 27 15', 'Hacı Sadullah Sokak', '94', 'Cuma Mah.', '[]', '', '0101000020E6100000E141B3EBDE823D40A968ACFD9D094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-06-27', '2026-07-18', true, '2026-12-01 09:18:57.217332+00', '2026-12-01 09:18:57.217333+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (153, 'H0153', 'Kezban Özcan', '+90 544 028 07 08', 'Baykut Sokak', '49', 'Sinanbey Mah.', '[]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E610000080F3E2C457833D4047753A90F50A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '["carry_inside"]', '2025-12-23', '2026-02-10', true, '2026-12-01 09:18:57.217334+00', '2026-12-01 09:18:57.217335+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (154, 'H0154', 'Meryem Sarıkaya', '+90 539 068 40 13', 'Sadıkzade Sokak', '17/C', 'Cuma Mah.', '["soft_food"]', '4. kat, asansör yok', '0101000020E6100000A48AE255D6823D404F90D8EE1E0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-04-24', '2025-07-14', true, '2026-12-01 09:18:57.217336+00', '2026-12-01 09:18:57.217336+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (155, 'H0155', 'Halil Yıldırım', '+90 552 943 76 42', 'Kasım Efendi Caddesi', '118', 'Yenice Mah.', '[]', '', '0101000020E6100000349E08E23C843D4005A3923A01094440', 'file', NULL, false, 'both', '[1, 3, 5]', 1, '[]', '2026-10-20', '2026-11-25', true, '2026-12-01 09:18:57.217337+00', '2026-12-01 09:18:57.217338+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (156, 'H0156', 'Emine Savaş', '+90 507 719 05 87', 'Koç Sokak', '80', 'Sinanbey Mah.', '[]', 'Evde yoksa yemeği üst kattaki komşuya bırakın; Bina girişi arka sokaktan', '0101000020E6100000029D499BAA833D404C50C3B7B00A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-02-18', '2025-04-07', true, '2026-12-01 09:18:57.217338+00', '2026-12-01 09:18:57.217339+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (157, 'H0157', 'Gülizar Bozkurt', '+90 551 752 48 84', 'Varlık Sokak', '16', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000679C86A8C27F3D40CA6ABA9EE8084440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-01-27', '2026-11-11', true, '2026-12-01 09:18:57.21734+00', '2026-12-01 09:18:57.21734+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (158, 'H0158', 'Tevfik Kara', '+90 545 453 00 24', 'Eczacı Ali Bey Sokak', '92', 'Orhaniye Mah.', '["diabetic"]', '', '0101000020E6100000C40776FC17843D40952A51F6960A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-08-09', '2026-12-27', true, '2026-12-01 09:18:57.217341+00', '2026-12-01 09:18:57.217342+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (159, 'H0159', 'Nezihe Aktaş', '+90 544 435 47 91', 'Plevne Sokak', '97/A', 'Kemalpaşa Mah.', '["low_salt"]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E610000043C6A354C27F3D4054C90050C5094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-08-31', '2025-09-17', true, '2026-12-01 09:18:57.217343+00', '2026-12-01 09:18:57.217343+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (160, 'H0160', 'Şükrü Bulut', '+90 534 182 82 75', '2. Güneş Sokak', '61', 'Orhaniye Mah.', '[]', '2. kat, asansör yok; Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E61000001AF7E6374C843D40E1D40792770A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-04-08', '2025-05-29', true, '2026-12-01 09:18:57.217344+00', '2026-12-01 09:18:57.217345+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (161, 'H0161', 'Şükriye Şimşek', '+90 538 322 21 50', 'Dereyolu Sokak', '34', 'Cuma Mah.', '["soft_food"]', '', '0101000020E6100000C092AB58FC823D4023A30392B0094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-04-13', '2025-04-27', true, '2026-12-01 09:18:57.217346+00', '2026-12-01 09:18:57.217346+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (162, 'H0162', 'Dürdane Kurt', '+90 537 179 67 57', 'Hal Sokak', '17', 'Kemalpaşa Mah.', '[]', 'İşitme güçlüğü var, kapıyı uzun çalın; Bahçede köpek var, bahçe kapısını kapatın', '0101000020E61000009B75C6F7C5813D40D89B189293094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-08-04', '2026-10-24', true, '2026-12-01 09:18:57.217347+00', '2026-12-01 09:18:57.217348+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (163, 'H0163', 'Şerife Akgül', '+90 554 117 78 58', 'Hacı Salih Sokak', '4', 'Osmaniye Mah.', '[]', '', '0101000020E61000007217618A72813D4063450DA6610A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-09-17', NULL, true, '2026-12-01 09:18:57.217349+00', '2026-12-01 09:18:57.217349+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (164, 'H0164', 'Gönül Yılmaz', '+90 555 743 50 19', 'İsmail Hakkı Timur Sokak', '8', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000946C753925803D40A6B4FE96000A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-10-09', NULL, true, '2026-12-01 09:18:57.21735+00', '2026-12-01 09:18:57.217351+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (165, 'H0165', 'İlhan Özcan', '+90 559 098 10 75', 'Çayır Sokak', '113', 'Sinanbey Mah.', '["diabetic", "vegetarian"]', '', '0101000020E6100000999A046F48833D402AFF5A5EB90A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-05-03', '2025-12-21', true, '2026-12-01 09:18:57.217352+00', '2026-12-01 09:18:57.217352+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (166, 'H0166', 'Kezban Şahin', '+90 536 206 39 26', 'Dürüst Sokak', '46', 'Osmaniye Mah.', '[]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın; Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E61000006E52D158FB7F3D40E561A1D6340B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2026-05-26', '2026-06-29', true, '2026-12-01 09:18:57.217353+00', '2026-12-01 09:18:57.217354+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (167, 'H0167', 'Türkan Özcan', '+90 544 713 83 48', 'Uğur Sokak', '32', 'Cuma Mah.', '[]', '', '0101000020E6100000795A7EE02A833D401344DD0720094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-12-01', '2025-01-18', true, '2026-12-01 09:18:57.217354+00', '2026-12-01 09:18:57.217355+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (168, 'H0168', 'Meryem Kara', '+90 546 738 00 93', 'Yenişehir Caddesi', '117', 'Yenice Mah.', '["low_salt"]', '', '0101000020E6100000382F4E7CB5833D403D484F91430A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-09-12', NULL, true, '2026-12-01 09:18:57.217356+00', '2026-12-01 09:18:57.217356+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (169, 'H0169', 'Saniye Oğuz', '+90 537 321 26 67', 'Armutlu Bahçe Sokak', '27', 'Yenice Mah.', '["soft_food"]', '', '0101000020E6100000363B527DE7833D40917F66101F0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-08-07', '2025-08-26', true, '2026-12-01 09:18:57.217357+00', '2026-12-01 09:18:57.217358+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (170, 'H0170', 'Şöhret Şen', '+90 534 604 35 93', 'Türker Sokak', '80', 'Orhaniye Mah.', '["soft_food"]', '', '0101000020E6100000F964C57075843D40AC3B16DBA40A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2024-11-14', '2025-01-10', true, '2026-12-01 09:18:57.217359+00', '2026-12-01 09:18:57.217359+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (171, 'H0171', 'Zeynep Aydın', '+90 533 613 16 21', 'Zadeler Sokak', '6', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000FF0758AB76813D40132C0E677E094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-03-06', '2026-05-07', true, '2026-12-01 09:18:57.21736+00', '2026-12-01 09:18:57.217361+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (172, 'H0172', 'Ayşe Güler', '+90 530 163 84 66', 'Çamdere Sokak', '116', 'Cuma Mah.', '[]', '', '0101000020E61000001669E21DE0813D40F0DFBC38F1094440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2026-01-29', '2026-02-20', true, '2026-12-01 09:18:57.217362+00', '2026-12-01 09:18:57.217362+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (173, 'H0173', 'Meryem Kurt', '+90 551 024 36 70', 'Orhaniye Sokak', '62', 'Yenice Mah.', '["soft_food"]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000005874EB353D843D40D427B9C3260A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-04-01', '2025-08-09', true, '2026-12-01 09:18:57.217363+00', '2026-12-01 09:18:57.217364+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (174, 'H0174', 'Zeynep Arslan', '+90 559 635 26 07', 'İsmail Hakkı Timur Sokak', '5', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000004981053065803D405320B3B3E8094440', 'file', NULL, false, 'both', '[1, 3, 5]', 2, '[]', '2025-06-28', '2025-08-16', true, '2026-12-01 09:18:57.217365+00', '2026-12-01 09:18:57.217365+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (175, 'H0175', 'Ümmühan Keskin', '+90 506 727 13 37', '2. Çömlekçiler Çıkmazı Sokak', '16', 'Orhaniye Mah.', '[]', '', '0101000020E6100000B6696CAF05853D40782975C9380A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-09-30', '2026-11-13', true, '2026-12-01 09:18:57.217366+00', '2026-12-01 09:18:57.217367+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (176, 'H0176', 'Hayriye Can', '+90 546 215 32 31', 'Sanayi Caddesi', '83', 'Yenice Mah.', '[]', '', '0101000020E610000043ACFE08C3843D40CCB4FD2B2B094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-12-04', '2025-06-13', true, '2026-12-01 09:18:57.217367+00', '2026-12-01 09:18:57.217368+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (177, 'H0177', 'Gülsüm Uçar', '+90 530 083 94 79', 'Ali Çilek Sokak', '9', 'Osmaniye Mah.', '["diabetic"]', '', '0101000020E6100000D93F4F0306813D4093718C648F0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-01-01', '2026-06-05', true, '2026-12-01 09:18:57.217369+00', '2026-12-01 09:18:57.217369+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (178, 'H0178', 'Zeynep Şimşek', '+90 538 681 17 89', 'Cevat Parman Sokak', '15', 'Yenice Mah.', '["diabetic"]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000008AE42B8194843D404F3FA88B140A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-07-31', '2025-11-08', true, '2026-12-01 09:18:57.21737+00', '2026-12-01 09:18:57.217371+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (179, 'H0179', 'Ayşe Ünal', '+90 559 881 71 88', 'Bülbüller Sokak', '22', 'Orhaniye Mah.', '[]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E6100000075DC2A1B7843D401059A489770A4440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 2, '["carry_inside"]', '2026-08-15', NULL, true, '2026-12-01 09:18:57.217372+00', '2026-12-01 09:18:57.217372+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (180, 'H0180', 'Nuri Kılıç', '+90 532 051 90 19', 'Osmanbey Caddesi', '72', 'Yenice Mah.', '[]', '', '0101000020E61000006D3A02B859843D4092239D8191094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-11-13', '2024-12-05', true, '2026-12-01 09:18:57.217373+00', '2026-12-01 09:18:57.217374+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (181, 'H0181', 'Havva Kaplan', '+90 554 319 25 45', 'Avcılar Sokak', '29', 'Cuma Mah.', '[]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E6100000BA826DC493813D40B9DE3653210A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '["carry_inside"]', '2025-02-27', '2025-12-19', true, '2026-12-01 09:18:57.217374+00', '2026-12-01 09:18:57.217375+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (182, 'H0182', 'Ayşe Kılıç', '+90 506 800 50 79', 'Kasım Efendi Caddesi', '66/A', 'Yenice Mah.', '["diabetic"]', '', '0101000020E61000003483F8C08E833D4077A04E7974094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-08-09', '2024-09-02', true, '2026-12-01 09:18:57.217376+00', '2026-12-01 09:18:57.217377+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (183, 'H0183', 'Fadime Akgül', '+90 538 234 17 99', 'Nazif Sokak', '73', 'Sinanbey Mah.', '[]', '3. kat, asansör yok', '0101000020E6100000D32F116F9D833D402FDFFAB0DE0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-11-01', '2025-03-06', true, '2026-12-01 09:18:57.217377+00', '2026-12-01 09:18:57.217381+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (184, 'H0184', 'Nezihe Özkan', '+90 538 688 37 11', 'Nazif Sokak', '36', 'Sinanbey Mah.', '["diabetic"]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E6100000F59D5F94A0833D40BC202235ED0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-03-12', '2026-05-21', true, '2026-12-01 09:18:57.217382+00', '2026-12-01 09:18:57.217382+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (185, 'H0185', 'Zeynep Karagöz', '+90 535 604 83 90', 'Bahçeler Sokak', '5', 'Kemalpaşa Mah.', '["low_salt"]', '', '0101000020E61000002F19C748F6803D40D88349F1F1094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-07-15', '2026-11-09', true, '2026-12-01 09:18:57.217383+00', '2026-12-01 09:18:57.217384+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (186, 'H0186', 'Dürdane Gündoğdu', '+90 555 489 05 05', 'Gonca Sokak', '83/C', 'Sinanbey Mah.', '[]', 'Bina girişi arka sokaktan', '0101000020E6100000206118B0E4823D4053245F09A40A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-08-14', '2026-09-18', true, '2026-12-01 09:18:57.217385+00', '2026-12-01 09:18:57.217385+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (187, 'H0187', 'İbrahim Öztürk', '+90 535 175 34 73', 'Varlık Sokak', '12', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000F48C7DC9C67F3D40A8E507AEF2084440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-04-18', '2026-05-10', true, '2026-12-01 09:18:57.217386+00', '2026-12-01 09:18:57.217387+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (188, 'H0188', 'Halil Bayram', '+90 534 892 94 01', 'Hacı Veli Ağa Sokak', '65', 'Cuma Mah.', '[]', '2. kat, asansör yok', '0101000020E61000005DDE1CAED5823D402E573F36C9094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-09-14', '2026-05-24', true, '2026-12-01 09:18:57.217387+00', '2026-12-01 09:18:57.217388+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (189, 'H0189', 'Cemile Şimşek', '+90 544 047 50 94', 'Yüksel Sokak', '84', 'Orhaniye Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E6100000B2497EC4AF843D402ECA6C90490A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-01-30', '2025-06-22', true, '2026-12-01 09:18:57.217389+00', '2026-12-01 09:18:57.217389+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (190, 'H0190', 'Nazmiye Tuncer', '+90 531 844 94 50', 'Bozdağ Sokak', '66', 'Osmaniye Mah.', '["diabetic", "low_salt"]', '', '0101000020E6100000ED0C535BEA803D40E09EE74F1B0B4440', 'file', NULL, false, 'both', '[1, 3, 5]', 1, '[]', '2025-02-01', '2025-03-18', true, '2026-12-01 09:18:57.21739+00', '2026-12-01 09:18:57.217391+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (191, 'H0191', 'Meryem Güler', '+90 501 662 83 74', 'Kel Mehmet Sokak', '43/B', 'Yenice Mah.', '["diabetic"]', '', '0101000020E6100000A67F492A53843D40D9429083120A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-11-24', '2025-12-07', true, '2026-12-01 09:18:57.217391+00', '2026-12-01 09:18:57.217392+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (192, 'H0192', 'Erdoğan Sönmez', '+90 543 599 15 61', 'Kemalettin Sami Paşa Caddesi', '7/A', 'Kemalpaşa Mah.', '[]', '5. kat, asansör yok', '0101000020E6100000A873452921803D40446D1B46410A4440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2025-07-09', '2025-07-24', true, '2026-12-01 09:18:57.217394+00', '2026-12-01 09:18:57.217394+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (193, 'H0193', 'Nihat Gündoğdu', '+90 543 645 35 78', 'Sözeri Sokak', '101', 'Kemalpaşa Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E6100000583A1F9E25803D40D23AAA9A200A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-08-29', NULL, true, '2026-12-01 09:18:57.217395+00', '2026-12-01 09:18:57.217396+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (194, 'H0194', 'Dürdane Yılmaz', '+90 536 985 71 04', 'Yeni Camii Sokak', '103', 'Orhaniye Mah.', '[]', '', '0101000020E61000003DD2E0B6B6843D4090BFB4A84F0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-10-01', '2025-02-27', true, '2026-12-01 09:18:57.217397+00', '2026-12-01 09:18:57.217397+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (195, 'H0195', 'İkbal Koç', '+90 553 649 46 45', 'Hafız Tahir Sokak', '64', 'Sinanbey Mah.', '["diabetic"]', '', '0101000020E61000008FC70C54C6833D40CBF6216FB90A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-07-02', '2025-10-15', true, '2026-12-01 09:18:57.217398+00', '2026-12-01 09:18:57.217399+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (196, 'H0196', 'Hayriye Şen', '+90 554 349 65 03', 'Ankara Caddesi', '49', 'Yenice Mah.', '[]', '', '0101000020E6100000F9BF232A54833D40D53E1D8F190A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-09-14', '2026-10-07', true, '2026-12-01 09:18:57.217399+00', '2026-12-01 09:18:57.2174+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (197, 'H0197', 'Osman Köse', '+90 551 718 31 55', 'Şebboy Caddesi', '21', 'Osmaniye Mah.', '[]', '', '0101000020E610000001DD9733DB813D40D80DDB16650A4440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 1, '[]', '2024-10-16', '2025-01-09', true, '2026-12-01 09:18:57.217401+00', '2026-12-01 09:18:57.217402+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (198, 'H0198', 'Hayriye Acar', '+90 549 600 50 73', '1. Kiraz Sokak', '40', 'Osmaniye Mah.', '["low_salt"]', '', '0101000020E6100000384888F205813D40598B4F01300A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-12-31', '2026-05-02', true, '2026-12-01 09:18:57.217403+00', '2026-12-01 09:18:57.217403+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (199, 'H0199', 'Nurten Turan', '+90 539 902 09 37', 'Kasım Efendi Caddesi', '49', 'Yenice Mah.', '["low_salt"]', '', '0101000020E6100000D158FB3BDB833D408B506C054D094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-05-30', '2026-10-15', true, '2026-12-01 09:18:57.217404+00', '2026-12-01 09:18:57.217405+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (200, 'H0200', 'Gönül Keskin', '+90 545 436 14 67', 'Barış Sokak', '39', 'Cuma Mah.', '["low_salt", "soft_food"]', '', '0101000020E61000001B8524B37A833D404A27124C35094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-06-13', '2025-12-18', true, '2026-12-01 09:18:57.217405+00', '2026-12-01 09:18:57.217406+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (201, 'H0201', 'Müberra Ateş', '+90 554 823 99 43', 'Mesudiye Caddesi', '15', 'Orhaniye Mah.', '["soft_food"]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın; Kapı zili çalışmıyor, telefonla arayın', '0101000020E6100000713D0AD7A3843D405038BBB54C0A4440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 2, '["carry_inside"]', '2026-02-25', '2026-12-22', true, '2026-12-01 09:18:57.217407+00', '2026-12-01 09:18:57.217407+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (202, 'H0202', 'Ahmet Ünal', '+90 506 870 81 31', 'Yeşil Çayır Sokak', '1', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000005FCFD72C97813D40EDD632198E094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2024-10-18', '2024-12-05', true, '2026-12-01 09:18:57.217408+00', '2026-12-01 09:18:57.217409+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (203, 'H0203', 'Gülten Erdoğan', '+90 555 456 07 07', 'Plevne Sokak', '103/C', 'Kemalpaşa Mah.', '[]', '5. kat, asansör yok', '0101000020E6100000ADC3D155BA7F3D40D8F2CAF5B6094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-12-21', '2026-03-02', true, '2026-12-01 09:18:57.217409+00', '2026-12-01 09:18:57.21741+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (204, 'H0204', 'Muharrem Kurt', '+90 546 062 75 32', 'Mahmut Esat Bey Caddesi', '72', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000A6B915C26A803D4083A44FABE8094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-10-05', '2026-03-27', true, '2026-12-01 09:18:57.217411+00', '2026-12-01 09:18:57.217412+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (205, 'H0205', 'Gönül Aktaş', '+90 531 537 68 88', 'Dostlar Sokak', '11', 'Osmaniye Mah.', '["diabetic"]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E6100000E23FDD40817F3D40F7578FFB560B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2025-04-19', '2025-07-03', true, '2026-12-01 09:18:57.217412+00', '2026-12-01 09:18:57.217413+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (206, 'H0206', 'Yusuf Ateş', '+90 501 640 67 97', 'Demircizade Sokak', '36', 'Yenice Mah.', '["low_salt"]', '5. kat, asansör yok', '0101000020E6100000AE0E80B8AB833D40D7DB662AC4094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-06-17', '2026-08-18', true, '2026-12-01 09:18:57.217414+00', '2026-12-01 09:18:57.217414+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (207, 'H0207', 'Ramazan Aslan', '+90 555 406 97 11', '1. Çamlıbel Sokak', '57', 'Orhaniye Mah.', '[]', '2. kat, asansör yok', '0101000020E61000003FC91D3691853D40CC7D7214200A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2025-04-03', '2025-04-23', true, '2026-12-01 09:18:57.217415+00', '2026-12-01 09:18:57.217416+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (208, 'H0208', 'Kezban Bayraktar', '+90 539 212 39 68', 'Gönül Açan Sokak', '111', 'Osmaniye Mah.', '["soft_food"]', '', '0101000020E6100000FB3E1C2444813D40419B1C3EE90A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-03-13', '2025-06-05', true, '2026-12-01 09:18:57.217417+00', '2026-12-01 09:18:57.217417+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (209, 'H0209', 'Meryem Bayram', '+90 535 720 09 62', 'Pamuk Sokak', '45', 'Osmaniye Mah.', '["low_salt"]', '', '0101000020E610000030116F9D7F7F3D40FDA02E52280B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-05-11', '2026-11-07', true, '2026-12-01 09:18:57.217418+00', '2026-12-01 09:18:57.217419+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (210, 'H0210', 'Muharrem Ünal', '+90 532 159 70 82', 'Kula Sokak', '86', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000A8716F7EC3803D40A165DD3F160A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-11-30', '2026-04-06', true, '2026-12-01 09:18:57.21742+00', '2026-12-01 09:18:57.21742+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (211, 'H0211', 'Fatma Gül', '+90 538 987 12 74', '1. Şark Sokak', '58', 'Kemalpaşa Mah.', '[]', '3. kat, asansör yok', '0101000020E6100000F52C08E57D803D400A302C7FBE094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-09-27', '2026-11-05', true, '2026-12-01 09:18:57.217421+00', '2026-12-01 09:18:57.217422+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (212, 'H0212', 'Hüseyin Özdemir', '+90 539 971 64 08', 'Şemsettin Sokak', '3', 'Osmaniye Mah.', '["diabetic"]', 'Bina girişi arka sokaktan', '0101000020E61000004739984D80813D400518963FDF0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-08-10', '2025-09-04', true, '2026-12-01 09:18:57.217423+00', '2026-12-01 09:18:57.217423+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (213, 'H0213', 'Ayşe Güneş', '+90 538 909 63 35', 'Kanal Sokak', '88', 'Sinanbey Mah.', '["diabetic"]', '', '0101000020E61000001F0F7D772B833D40C30C8D27820A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-07-02', '2026-10-25', true, '2026-12-01 09:18:57.217424+00', '2026-12-01 09:18:57.217425+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (214, 'H0214', 'Ahmet Çakır', '+90 543 350 37 19', 'Hacı Şakir Sokak', '4', 'Osmaniye Mah.', '["diabetic"]', '', '0101000020E610000079245E9ECE813D4052EE3EC7470B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2025-06-02', '2025-07-06', true, '2026-12-01 09:18:57.217425+00', '2026-12-01 09:18:57.217426+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (215, 'H0215', 'Hüseyin Işık', '+90 536 184 18 94', 'Katip Ahmet Efendi', '15', 'Sinanbey Mah.', '["diabetic"]', '4. kat, asansör yok', '0101000020E6100000BCAFCA85CA833D4074EFE192E30A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-07-18', '2025-08-23', true, '2026-12-01 09:18:57.217427+00', '2026-12-01 09:18:57.217427+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (216, 'H0216', 'Cemile Güneş', '+90 541 285 06 49', 'Ali Galip Sokak', '65', 'Osmaniye Mah.', '["soft_food"]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E61000001C06F357C8803D4029417FA1470A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2024-08-17', '2024-11-17', true, '2026-12-01 09:18:57.217428+00', '2026-12-01 09:18:57.217429+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (217, 'H0217', 'Nezihe Güler', '+90 532 416 70 97', 'Kula Sokak', '8', 'Kemalpaşa Mah.', '[]', '3. kat, asansör yok', '0101000020E6100000DC7EF964C5803D40BE16F4DE180A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 2, '[]', '2025-03-27', '2025-05-31', true, '2026-12-01 09:18:57.21743+00', '2026-12-01 09:18:57.217431+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (218, 'H0218', 'Hayriye Çetin', '+90 506 115 95 03', 'Hacı Şakir Sokak', '107', 'Osmaniye Mah.', '[]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E6100000C3F2E7DB82813D40A67C08AA460B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-11-04', '2026-01-16', true, '2026-12-01 09:18:57.217431+00', '2026-12-01 09:18:57.217432+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (219, 'H0219', 'Rıza Bayram', '+90 546 781 89 45', 'Ali Gülerer Sokak', '86', 'Osmaniye Mah.', '[]', '', '0101000020E61000000A4CA7751B803D402AE620E8680B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-09-04', '2026-02-09', true, '2026-12-01 09:18:57.217433+00', '2026-12-01 09:18:57.217434+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (220, 'H0220', 'Nezihe Oğuz', '+90 544 492 56 23', 'Bayrak Sokak', '37', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000889E94490D813D40D960E124CD094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-08-03', '2026-09-10', true, '2026-12-01 09:18:57.217434+00', '2026-12-01 09:18:57.217435+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (221, 'H0221', 'Nazmiye Özkan', '+90 542 749 13 51', '1. Çamlıbel Sokak', '19', 'Orhaniye Mah.', '["low_salt"]', 'Bina girişi arka sokaktan', '0101000020E6100000EE96E4805D853D403F8D7BF31B0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-01-19', '2026-04-10', true, '2026-12-01 09:18:57.217436+00', '2026-12-01 09:18:57.217437+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (222, 'H0222', 'Gülizar Kurt', '+90 531 189 80 76', 'Orhaniye Sokak', '73', 'Yenice Mah.', '[]', '', '0101000020E6100000A375543541843D40D12346CF2D0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-05-20', '2026-06-26', true, '2026-12-01 09:18:57.217438+00', '2026-12-01 09:18:57.217438+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (223, 'H0223', 'Osman Durmaz', '+90 546 540 21 86', 'Yemişçi Sokak', '82', 'Orhaniye Mah.', '["low_salt"]', '', '0101000020E61000004F2157EA59843D409BFEEC478A0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-09-20', '2025-10-18', true, '2026-12-01 09:18:57.217439+00', '2026-12-01 09:18:57.21744+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (224, 'H0224', 'Sevim Şen', '+90 552 899 65 45', 'Ali Çilek Sokak', '13', 'Osmaniye Mah.', '["diabetic", "soft_food"]', '', '0101000020E61000009B030473F4803D4091442FA3580A4440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 1, '[]', '2025-04-14', '2025-08-31', true, '2026-12-01 09:18:57.21744+00', '2026-12-01 09:18:57.217441+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (225, 'H0225', 'Hanife Kaya', '+90 553 469 09 48', 'Merih Sokak', '13', 'Kemalpaşa Mah.', '[]', '5. kat, asansör yok; Kapı zili çalışmıyor, telefonla arayın', '0101000020E610000048A7AE7C967F3D405E83BEF4F6094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-04-30', '2026-06-09', true, '2026-12-01 09:18:57.217442+00', '2026-12-01 09:18:57.217445+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (226, 'H0226', 'Ümit Kaya', '+90 546 392 55 65', 'Hal Yanı Sokak', '43', 'Cuma Mah.', '["diabetic"]', '', '0101000020E610000066F7E461A1823D40E8DEC325C7094440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2026-03-20', '2026-09-18', true, '2026-12-01 09:18:57.217446+00', '2026-12-01 09:18:57.217447+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (227, 'H0227', 'Dürdane Tekin', '+90 534 704 56 29', 'Akkavak Sokak', '110', 'Orhaniye Mah.', '["soft_food"]', '3. kat, asansör yok', '0101000020E6100000C4EA8F300C843D40AFEE586C930A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-08-14', '2024-11-30', true, '2026-12-01 09:18:57.217448+00', '2026-12-01 09:18:57.217448+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (228, 'H0228', 'Mehmet Uçar', '+90 505 858 94 35', 'Cemalettin Sokak', '21/B', 'Osmaniye Mah.', '[]', '', '0101000020E6100000FA4509FA0B813D40473B6EF8DD0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2024-08-07', '2024-09-01', true, '2026-12-01 09:18:57.217449+00', '2026-12-01 09:18:57.217449+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (229, 'H0229', 'Hasan Öztürk', '+90 546 328 79 56', 'Lakşe Sokak', '108', 'Osmaniye Mah.', '[]', '', '0101000020E610000069520ABABD803D40C2FC1532570A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-02-04', '2025-10-08', true, '2026-12-01 09:18:57.21745+00', '2026-12-01 09:18:57.217451+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (230, 'H0230', 'Fatma Kara', '+90 538 459 98 44', 'Baykut Sokak', '40', 'Orhaniye Mah.', '["diabetic"]', '', '0101000020E6100000DB334B02D4843D40BA4A77D7D90A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2025-11-24', '2026-02-14', true, '2026-12-01 09:18:57.217452+00', '2026-12-01 09:18:57.217452+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (231, 'H0231', 'Ümmühan Polat', '+90 534 570 65 44', 'Ufuk Sokak', '94', 'Kemalpaşa Mah.', '[]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E6100000F6CE68AB92803D40433BA759A0094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2024-08-14', '2024-10-15', true, '2026-12-01 09:18:57.217453+00', '2026-12-01 09:18:57.217454+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (232, 'H0232', 'Ümmühan İnce', '+90 553 735 63 97', 'Yağcı Ahmet Çıkmazı Sokak', '110', 'Yenice Mah.', '["soft_food"]', '', '0101000020E6100000280EA0DFF7833D4010406A1327094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-10-18', '2026-03-07', true, '2026-12-01 09:18:57.217455+00', '2026-12-01 09:18:57.217457+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (233, 'H0233', 'Necati Köse', '+90 543 110 26 60', 'Özfidanlık Sokak', '86', 'Orhaniye Mah.', '[]', '', '0101000020E6100000744012F6ED843D40357BA015180A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2025-07-26', '2025-08-09', true, '2026-12-01 09:18:57.217458+00', '2026-12-01 09:18:57.217459+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (234, 'H0234', 'Süleyman Erdem', '+90 534 774 75 60', 'Demircizade Sokak', '69', 'Yenice Mah.', '["low_salt"]', '3. kat, asansör yok', '0101000020E610000031276893C3833D401763601DC7094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-12-20', '2026-07-05', true, '2026-12-01 09:18:57.21746+00', '2026-12-01 09:18:57.217461+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (235, 'H0235', 'Türkan Çakır', '+90 554 222 69 01', 'Şehitler Sokak', '81', 'Cuma Mah.', '[]', '', '0101000020E6100000D6A8876874833D409206B7B585094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-07-13', '2025-11-20', true, '2026-12-01 09:18:57.217463+00', '2026-12-01 09:18:57.217464+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (236, 'H0236', 'Gönül Çakır', '+90 501 845 61 59', 'Burgaz Sokak', '35', 'Yenice Mah.', '["soft_food"]', '2. kat, asansör yok', '0101000020E610000033198EE733843D409566F3380C0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-12-19', '2025-09-18', true, '2026-12-01 09:18:57.217465+00', '2026-12-01 09:18:57.217466+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (237, 'H0237', 'Ümit Köse', '+90 537 374 10 22', 'Ufuk Sokak', '54', 'Kemalpaşa Mah.', '["diabetic", "low_salt"]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E6100000C6DCB5847C803D403D44A33B88094440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 2, '[]', '2025-03-01', '2025-04-12', true, '2026-12-01 09:18:57.217467+00', '2026-12-01 09:18:57.217469+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (238, 'H0238', 'Hatice Demir', '+90 537 620 74 08', 'Yeşil Çayır Sokak', '38', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E6100000FD82DDB06D813D406DC7D45DD9094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-10-22', NULL, true, '2026-12-01 09:18:57.21747+00', '2026-12-01 09:18:57.217471+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (239, 'H0239', 'Fatma Gündoğdu', '+90 506 540 64 37', 'Baltaoğlu Sokak', '56', 'Cuma Mah.', '[]', '', '0101000020E6100000A9A0A2EA57823D402F8A1EF8180A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-09-11', '2025-10-27', true, '2026-12-01 09:18:57.217473+00', '2026-12-01 09:18:57.217473+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (240, 'H0240', 'Fadime Erdem', '+90 552 232 55 14', '2. Güneş Sokak', '112', 'Orhaniye Mah.', '["diabetic", "soft_food"]', '', '0101000020E61000006DE34F5436843D400C3ECDC98B0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-10-25', NULL, true, '2026-12-01 09:18:57.217475+00', '2026-12-01 09:18:57.217476+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (241, 'H0241', 'Nazmiye Korkmaz', '+90 541 825 57 88', 'Osmanbey Caddesi', '25', 'Yenice Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000008ECC237F30843D40C66B5ED559094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-07-07', '2026-08-26', true, '2026-12-01 09:18:57.217477+00', '2026-12-01 09:18:57.217478+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (242, 'H0242', 'Havva Çakır', '+90 538 663 53 98', '1. İsmail Efendi Sokak', '33', 'Cuma Mah.', '[]', '', '0101000020E61000009F02603C83823D408A03E8F7FD094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-01-03', '2025-05-21', true, '2026-12-01 09:18:57.21748+00', '2026-12-01 09:18:57.217481+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (243, 'H0243', 'Emine Oğuz', '+90 541 402 14 86', 'Keskin Sokak', '16', 'Kemalpaşa Mah.', '["low_salt"]', '3. kat, asansör yok; Bahçede köpek var, bahçe kapısını kapatın', '0101000020E610000013656F29E77F3D40EFC8586DFE094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-04-15', NULL, true, '2026-12-01 09:18:57.217482+00', '2026-12-01 09:18:57.217483+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (244, 'H0244', 'Hatice Erdem', '+90 542 179 48 13', 'Bozdağ Sokak', '8', 'Osmaniye Mah.', '["diabetic"]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E6100000A33EC91D36813D4075392520260B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 2, '["carry_inside"]', '2026-04-12', '2026-05-08', true, '2026-12-01 09:18:57.217485+00', '2026-12-01 09:18:57.217486+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (245, 'H0245', 'Gönül Tekin', '+90 505 226 09 31', 'Çiğdem Sokak', '57', 'Kemalpaşa Mah.', '["diabetic"]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E6100000E0BA6246787F3D40B532E197FA094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-08-29', '2024-12-17', true, '2026-12-01 09:18:57.217488+00', '2026-12-01 09:18:57.217488+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (246, 'H0246', 'Ali Özcan', '+90 537 365 06 45', 'Yeşil Çayır Sokak', '111', 'Kemalpaşa Mah.', '["low_salt"]', '', '0101000020E6100000FACF9A1F7F813D400516C09481094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-08-06', NULL, true, '2026-12-01 09:18:57.21749+00', '2026-12-01 09:18:57.217491+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (247, 'H0247', 'İkbal Kaya', '+90 532 647 45 54', 'Suyolu Caddesi', '88', 'Cuma Mah.', '["soft_food"]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E610000004745FCE6C833D40A8716F7EC3084440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2025-10-01', '2025-10-16', true, '2026-12-01 09:18:57.217492+00', '2026-12-01 09:18:57.217492+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (248, 'H0248', 'Nihat Yıldız', '+90 531 348 39 72', 'Osman Balcı Sokak', '22', 'Kemalpaşa Mah.', '[]', '5. kat, asansör yok', '0101000020E610000017B6662B2F813D40B47405DB88094440', 'file', NULL, false, 'both', '[1, 3, 5]', 1, '[]', '2026-02-16', '2026-12-02', true, '2026-12-01 09:18:57.217493+00', '2026-12-01 09:18:57.217494+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (249, 'H0249', 'Süleyman Yavuz', '+90 555 525 81 15', 'Bekir Alemdar Sokak', '48', 'Osmaniye Mah.', '["diabetic", "soft_food"]', '', '0101000020E610000074B4AA251D813D409241EE224C0B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-04-26', '2025-10-05', true, '2026-12-01 09:18:57.217495+00', '2026-12-01 09:18:57.217495+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (250, 'H0250', 'Hayriye Işık', '+90 501 660 01 31', '1. Hürriyet Sokak', '33', 'Osmaniye Mah.', '["soft_food"]', '', '0101000020E610000026C632FD12813D402D944C4EED0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-09-23', '2026-03-05', true, '2026-12-01 09:18:57.217496+00', '2026-12-01 09:18:57.217497+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (251, 'H0251', 'Hayri Özdemir', '+90 535 335 66 15', 'Demircioğlu Sokak', '84/A', 'Orhaniye Mah.', '[]', '5. kat, asansör yok', '0101000020E6100000545227A089843D405ED89AADBC0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-09-25', NULL, true, '2026-12-01 09:18:57.217498+00', '2026-12-01 09:18:57.217498+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (252, 'H0252', 'Müzeyyen Demir', '+90 541 233 71 86', 'Şark Sokak', '108', 'Osmaniye Mah.', '["diabetic"]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E6100000315D88D51F813D40B24813EF000B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-10-12', '2024-11-07', true, '2026-12-01 09:18:57.217499+00', '2026-12-01 09:18:57.2175+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (253, 'H0253', 'Gülizar Dağlı', '+90 553 873 60 66', 'Bülbüller Sokak', '97', 'Orhaniye Mah.', '[]', '', '0101000020E61000009B3DD00A0C853D40D7DF12807F0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-01-07', '2026-02-06', true, '2026-12-01 09:18:57.217501+00', '2026-12-01 09:18:57.217501+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (254, 'H0254', 'Gülizar Kurt', '+90 549 328 22 40', '2. Güneş Sokak', '72', 'Orhaniye Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000007DB262B83A843D4083A279008B0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-10-28', '2026-01-21', true, '2026-12-01 09:18:57.217502+00', '2026-12-01 09:18:57.217503+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (255, 'H0255', 'Sevim Kaya', '+90 554 731 89 44', 'Şebboy Caddesi', '98', 'Osmaniye Mah.', '["low_salt"]', '', '0101000020E6100000F6CFD38041823D406BF3FFAA230B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2024-08-21', '2025-06-21', true, '2026-12-01 09:18:57.217504+00', '2026-12-01 09:18:57.217504+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (256, 'H0256', 'Havva Çetin', '+90 543 712 48 94', 'Kasım Efendi Caddesi', '91', 'Yenice Mah.', '["low_salt"]', 'Bina girişi arka sokaktan', '0101000020E6100000B7D3D68860843D40AA6400A8E2084440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-03-23', '2026-09-01', true, '2026-12-01 09:18:57.217505+00', '2026-12-01 09:18:57.217506+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (257, 'H0257', 'Gönül Kurt', '+90 530 712 29 27', 'Kıvanç Sokak', '63', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000B4CBB73EAC7F3D400186E5CFB7094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-02-16', '2025-04-14', true, '2026-12-01 09:18:57.217506+00', '2026-12-01 09:18:57.217507+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (258, 'H0258', 'Saniye Şen', '+90 551 543 48 12', 'Yenişehir Caddesi', '17', 'Orhaniye Mah.', '[]', '5. kat, asansör yok', '0101000020E6100000CADC7C23BA833D40C66E9F55660A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2024-08-01', '2024-11-19', true, '2026-12-01 09:18:57.217508+00', '2026-12-01 09:18:57.217508+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (259, 'H0259', 'Türkan İnce', '+90 533 514 48 01', 'Yeşil Çayır Sokak', '108', 'Kemalpaşa Mah.', '["low_salt", "soft_food"]', '5. kat, asansör yok', '0101000020E6100000FDF675E09C813D40B3EF8AE07F094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-10-15', '2025-11-20', true, '2026-12-01 09:18:57.217509+00', '2026-12-01 09:18:57.21751+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (260, 'H0260', 'Meryem Sarıkaya', '+90 551 903 58 58', 'Yüksel Sokak', '76/B', 'Orhaniye Mah.', '[]', '', '0101000020E61000008D0B0742B2843D40CCEB8843360A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-05-30', '2025-09-23', true, '2026-12-01 09:18:57.217511+00', '2026-12-01 09:18:57.217511+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (261, 'H0261', 'Gülsüm Kara', '+90 546 061 81 62', 'Zindanlık Sokak', '27', 'Orhaniye Mah.', '["diabetic"]', '3. kat, asansör yok; Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E610000047753A90F5843D401650A8A78F0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-06-10', '2026-07-04', true, '2026-12-01 09:18:57.217512+00', '2026-12-01 09:18:57.217512+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (262, 'H0262', 'Cemal Bozkurt', '+90 555 088 67 60', 'Adliye Sokak', '104', 'Kemalpaşa Mah.', '[]', '2. kat, asansör yok', '0101000020E6100000DEAAEB504D813D40DCDAC2F352094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-03-25', '2025-06-12', true, '2026-12-01 09:18:57.217513+00', '2026-12-01 09:18:57.217514+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (263, 'H0263', 'Saniye Gündoğdu', '+90 544 467 15 80', 'Gazhane Sokak', '71', 'Osmaniye Mah.', '["diabetic"]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E6100000382D78D157803D40A0C6BDF90D0B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-02-18', '2026-04-30', true, '2026-12-01 09:18:57.217515+00', '2026-12-01 09:18:57.217516+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (264, 'H0264', 'Ayşe Aktaş', '+90 552 971 03 43', 'Demircizade Sokak', '73', 'Yenice Mah.', '[]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E610000074D0251C7A833D40D2E3F736FD094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2025-11-10', '2026-06-22', true, '2026-12-01 09:18:57.217516+00', '2026-12-01 09:18:57.217517+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (265, 'H0265', 'İsmail Kaya', '+90 555 456 38 24', 'Mehter Sokak', '106', 'Orhaniye Mah.', '[]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E61000007DEA58A5F4843D4037E15E99B70A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-06-04', '2026-07-19', true, '2026-12-01 09:18:57.217518+00', '2026-12-01 09:18:57.217518+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (266, 'H0266', 'Meryem Aydın', '+90 531 725 82 47', 'Gazhane Sokak', '76', 'Osmaniye Mah.', '[]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E61000000536E7E099803D403291D26C1E0B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-05-31', '2026-06-19', true, '2026-12-01 09:18:57.21752+00', '2026-12-01 09:18:57.21752+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (267, 'H0267', 'Halil Şahin', '+90 533 213 02 99', 'Zade Emin Sokak', '59', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E6100000ADBD4F55A1813D4055F7C8E6AA094440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2026-06-07', NULL, true, '2026-12-01 09:18:57.217521+00', '2026-12-01 09:18:57.217521+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (268, 'H0268', 'Fatma Kaya', '+90 531 679 28 59', 'Hacı Şakir Sokak', '114', 'Osmaniye Mah.', '["low_salt"]', '2. kat, asansör yok; Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E61000009AED0A7DB0803D4016F6B4C35F0B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '["carry_inside"]', '2025-08-25', '2026-01-06', true, '2026-12-01 09:18:57.217527+00', '2026-12-01 09:18:57.217527+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (269, 'H0269', 'Gönül Dağlı', '+90 533 434 85 98', 'Koca Ahmet Caddesi', '26', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E61000005F5FEB5223803D405796E82CB3084440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-09-10', '2026-12-20', true, '2026-12-01 09:18:57.217528+00', '2026-12-01 09:18:57.217529+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (270, 'H0270', 'Yaşar Kara', '+90 539 534 91 05', 'Bayrak Sokak', '47', 'Kemalpaşa Mah.', '["diabetic", "low_salt"]', '', '0101000020E61000000B43E4F4F5803D402FA86F99D3094440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 1, '[]', '2025-10-12', '2026-01-12', true, '2026-12-01 09:18:57.21753+00', '2026-12-01 09:18:57.21753+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (271, 'H0271', 'Nazmiye Erdoğan', '+90 506 658 64 05', 'Mutlu Sokak', '76', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E6100000E9B5D95889813D40EEED96E480094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-02-05', '2026-02-28', true, '2026-12-01 09:18:57.217532+00', '2026-12-01 09:18:57.217532+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (272, 'H0272', 'Cemal Kaplan', '+90 543 812 24 61', 'Rüzgarlı Sokak', '51', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000001CCEFC6A0E803D4050340F6091094440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 2, '[]', '2026-08-20', NULL, true, '2026-12-01 09:18:57.217533+00', '2026-12-01 09:18:57.217533+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (273, 'H0273', 'Emine Özdemir', '+90 533 385 77 04', 'Caner Sokak', '69', 'Orhaniye Mah.', '[]', '4. kat, asansör yok; Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E6100000F3203D450E853D40D636C5E3A20A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2026-10-09', '2026-11-08', true, '2026-12-01 09:18:57.217534+00', '2026-12-01 09:18:57.217535+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (274, 'H0274', 'Saniye İnce', '+90 537 494 29 93', 'Mezbaa Sokak', '96', 'Sinanbey Mah.', '[]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E6100000AED9CA4BFE833D40255987A3AB0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '["carry_inside"]', '2026-03-19', '2026-04-09', true, '2026-12-01 09:18:57.217536+00', '2026-12-01 09:18:57.217536+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (275, 'H0275', 'Nazmiye Bayram', '+90 531 783 65 69', 'Zümrüt Sokak', '81', 'Osmaniye Mah.', '[]', '', '0101000020E6100000FAF19716F5813D406F83DA6FED0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2024-08-26', '2024-09-25', true, '2026-12-01 09:18:57.217537+00', '2026-12-01 09:18:57.217538+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (276, 'H0276', 'Nurten Karaca', '+90 539 767 69 05', 'Kasapzade Sokak', '2', 'Sinanbey Mah.', '["diabetic"]', '5. kat, asansör yok', '0101000020E61000008C834BC79C833D40624A24D1CB0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-07-24', '2025-09-01', true, '2026-12-01 09:18:57.217538+00', '2026-12-01 09:18:57.217539+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (277, 'H0277', 'Zöhre Bozkurt', '+90 551 535 46 17', 'Ahıska Sokak', '56', 'Kemalpaşa Mah.', '[]', '4. kat, asansör yok', '0101000020E61000006072A3C85A7F3D40DD088B8A38094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-05-14', '2025-05-30', true, '2026-12-01 09:18:57.21754+00', '2026-12-01 09:18:57.21754+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (278, 'H0278', 'Recep Özdemir', '+90 533 318 29 76', 'İsmail Hakkı Timur Sokak', '57', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000001955867137803D4031CF4A5AF1094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-08-17', '2026-10-07', true, '2026-12-01 09:18:57.217541+00', '2026-12-01 09:18:57.217542+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (279, 'H0279', 'Gülsüm Bozkurt', '+90 501 522 99 82', 'Hacı Molla Sokak', '63', 'Cuma Mah.', '["diabetic"]', '3. kat, asansör yok', '0101000020E610000071E5EC9DD1823D402E5393E00D094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-09-28', NULL, true, '2026-12-01 09:18:57.217543+00', '2026-12-01 09:18:57.217543+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (280, 'H0280', 'Nurten Acar', '+90 549 548 10 54', 'Kemalettin Sami Paşa Caddesi', '21', 'Osmaniye Mah.', '[]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E61000006A85E97B0D813D40E00F3FFF3D0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 2, '[]', '2026-07-04', '2026-08-01', true, '2026-12-01 09:18:57.217544+00', '2026-12-01 09:18:57.217545+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (281, 'H0281', 'Necati Bayraktar', '+90 530 241 64 96', 'Kemalettin Sami Paşa Caddesi', '113', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000000B62A06B5F803D4030664B56450A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-10-06', '2026-03-16', true, '2026-12-01 09:18:57.217546+00', '2026-12-01 09:18:57.217546+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (282, 'H0282', 'Ümit Işık', '+90 559 007 05 81', 'Okul Sokak', '9', 'Osmaniye Mah.', '[]', '', '0101000020E610000062DBA2CC06813D404432E4D87A0A4440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 2, '[]', '2026-09-07', '2026-10-09', true, '2026-12-01 09:18:57.217547+00', '2026-12-01 09:18:57.217548+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (283, 'H0283', 'Yaşar Yıldırım', '+90 541 136 05 60', 'Türker Sokak', '117', 'Orhaniye Mah.', '[]', '', '0101000020E610000002F2255470843D40EA20AF07930A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-03-12', '2025-07-16', true, '2026-12-01 09:18:57.217548+00', '2026-12-01 09:18:57.217549+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (284, 'H0284', 'İbrahim Güler', '+90 559 521 67 68', 'Başaran Sokak', '45', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000F4C5DE8B2F823D40F530B43A39094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-06-30', '2026-07-22', true, '2026-12-01 09:18:57.21755+00', '2026-12-01 09:18:57.21755+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (285, 'H0285', 'Şükrü Aktaş', '+90 543 990 90 22', 'Tabakhane Caddesi', '9', 'Yenice Mah.', '["low_salt", "soft_food"]', '5. kat, asansör yok', '0101000020E61000009738F24064853D404FAE2990D9094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-11-11', '2024-12-12', true, '2026-12-01 09:18:57.217551+00', '2026-12-01 09:18:57.217552+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (286, 'H0286', 'Hatice Güneş', '+90 534 397 20 41', 'Çiğdem Sokak', '25/B', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E610000008C90226707F3D40FB761211FE094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-01-06', '2026-01-28', true, '2026-12-01 09:18:57.217553+00', '2026-12-01 09:18:57.217553+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (287, 'H0287', 'Dürdane Savaş', '+90 552 699 90 45', 'Ankara Caddesi', '90', 'Cuma Mah.', '[]', '', '0101000020E61000005B7B9FAA42833D406616A1D80A0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-06-30', '2025-10-18', true, '2026-12-01 09:18:57.217554+00', '2026-12-01 09:18:57.217555+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (288, 'H0288', 'Ümmühan Kılıç', '+90 542 655 55 78', 'Kemalettin Sami Paşa Caddesi', '17', 'Osmaniye Mah.', '["diabetic"]', '', '0101000020E6100000253CA1D79F803D402250FD83480A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2025-07-04', '2026-02-04', true, '2026-12-01 09:18:57.217556+00', '2026-12-01 09:18:57.217556+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (289, 'H0289', 'Ümmühan Özkan', '+90 501 308 77 02', 'Hakkı Bey Sokak', '111/B', 'Orhaniye Mah.', '[]', '', '0101000020E61000005EF3AACE6A853D402619390B7B0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-07-21', '2026-06-04', true, '2026-12-01 09:18:57.217557+00', '2026-12-01 09:18:57.217558+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (290, 'H0290', 'İsmail Arslan', '+90 544 882 79 90', 'Koca Ahmet Caddesi', '38', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E610000009FA0B3D62803D40618A7269FC084440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2024-09-16', '2024-10-12', true, '2026-12-01 09:18:57.217559+00', '2026-12-01 09:18:57.217559+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (291, 'H0291', 'Süleyman Ünal', '+90 536 960 46 92', 'İbrahim Şenbel Sokak', '41', 'Yenice Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000006CB3B112F3843D4065C6DB4AAF094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-08-30', '2026-06-16', true, '2026-12-01 09:18:57.21756+00', '2026-12-01 09:18:57.21756+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (292, 'H0292', 'İkbal Öztürk', '+90 501 968 70 19', 'Gönül Açan Sokak', '5', 'Osmaniye Mah.', '["low_salt"]', '', '0101000020E61000002CB6494563813D40E3E313B2F30A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2024-10-29', '2024-11-14', true, '2026-12-01 09:18:57.217561+00', '2026-12-01 09:18:57.217562+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (293, 'H0293', 'Gönül Özkan', '+90 553 356 89 02', 'Varlık Sokak', '60/C', 'Kemalpaşa Mah.', '["low_salt"]', '5. kat, asansör yok', '0101000020E61000003FC8B260E27F3D407767EDB60B094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 2, '[]', '2025-06-16', '2025-07-04', true, '2026-12-01 09:18:57.217563+00', '2026-12-01 09:18:57.217564+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (294, 'H0294', 'Nurten Korkmaz', '+90 530 316 32 17', 'Burgaz Sokak', '19', 'Yenice Mah.', '[]', '', '0101000020E61000008352B4722F843D4064AE0CAA0D0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-03-10', '2026-03-31', true, '2026-12-01 09:18:57.217565+00', '2026-12-01 09:18:57.217565+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (295, 'H0295', 'Sevim Durmaz', '+90 542 630 93 24', 'Musa Durmez Sokak', '94', 'Yenice Mah.', '["vegetarian"]', 'Bina girişi arka sokaktan', '0101000020E61000009E08E23C9C843D40FB3C4679E6094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-03-03', '2025-04-10', true, '2026-12-01 09:18:57.217566+00', '2026-12-01 09:18:57.217567+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (296, 'H0296', 'Şükriye Acar', '+90 536 639 03 42', 'Türkan Sokak', '85', 'Yenice Mah.', '[]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E61000007B8670CCB2833D40BE16F4DE180A4440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 2, '[]', '2024-09-30', '2025-07-16', true, '2026-12-01 09:18:57.217567+00', '2026-12-01 09:18:57.217568+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (297, 'H0297', 'Naciye Dağlı', '+90 559 158 55 09', '1. Şark Sokak', '25', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000004B3B35971B803D40774EB340BB094440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2026-06-15', '2026-09-03', true, '2026-12-01 09:18:57.217569+00', '2026-12-01 09:18:57.217569+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (298, 'H0298', 'Türkan Bozkurt', '+90 559 234 31 53', 'İsmail Çetinkaya Caddesi', '47', 'Kemalpaşa Mah.', '[]', '3. kat, asansör yok', '0101000020E61000000CAD4ECE50803D40D28C45D3D9094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-02-11', '2025-03-06', true, '2026-12-01 09:18:57.21757+00', '2026-12-01 09:18:57.217571+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (299, 'H0299', 'Meryem Aydın', '+90 535 826 26 19', 'Kemalettin Sami Paşa Caddesi', '6', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000AF5E454607803D4054539275380A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-01-11', '2026-05-13', true, '2026-12-01 09:18:57.217572+00', '2026-12-01 09:18:57.217572+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (300, 'H0300', 'Tevfik Arslan', '+90 531 058 05 61', 'Baykut Sokak', '57', 'Sinanbey Mah.', '[]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E610000085CD001764833D4069E388B5F80A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2024-12-15', '2025-01-18', true, '2026-12-01 09:18:57.217573+00', '2026-12-01 09:18:57.217574+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (301, 'H0301', 'Sıdıka Bulut', '+90 554 932 00 92', 'Lakşe Sokak', '42', 'Osmaniye Mah.', '["diabetic"]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E61000005D19541B9C803D402C7FBE2D580A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2025-01-16', '2025-08-13', true, '2026-12-01 09:18:57.217574+00', '2026-12-01 09:18:57.217575+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (302, 'H0302', 'Şerife Ünal', '+90 554 633 61 08', '1. Şark Sokak', '77', 'Kemalpaşa Mah.', '[]', 'Bina girişi arka sokaktan', '0101000020E61000006876DD5B91803D40F18288D4B4094440', 'file', NULL, false, 'both', '[1, 3, 5]', 1, '[]', '2025-03-09', '2025-11-28', true, '2026-12-01 09:18:57.217576+00', '2026-12-01 09:18:57.217576+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (303, 'H0303', 'Nurten Oğuz', '+90 532 808 13 55', 'Bahar Sokak', '116', 'Cuma Mah.', '[]', '', '0101000020E6100000988922A46E833D401B2D077AA8094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 2, '[]', '2026-10-18', NULL, true, '2026-12-01 09:18:57.217577+00', '2026-12-01 09:18:57.217578+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (304, 'H0304', 'Nezihe Demir', '+90 555 857 02 70', 'Suyolu Caddesi', '76', 'Cuma Mah.', '[]', '', '0101000020E6100000F4C1323674833D40D0B359F5B9084440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-05-10', '2025-07-21', true, '2026-12-01 09:18:57.217579+00', '2026-12-01 09:18:57.217579+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (305, 'H0305', 'Hatice Güneş', '+90 534 944 51 08', 'Türker Sokak', '16', 'Orhaniye Mah.', '["diabetic", "soft_food"]', '', '0101000020E61000001EFAEE5696843D4008AF5DDA700A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-04-09', '2025-06-22', true, '2026-12-01 09:18:57.21758+00', '2026-12-01 09:18:57.21758+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (306, 'H0306', 'Süleyman Kaya', '+90 535 635 34 99', 'Güneş Sokak', '11', 'Orhaniye Mah.', '["low_salt", "gluten_free"]', '', '0101000020E61000009A22C0E95D843D405F0D501A6A0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-10-27', NULL, true, '2026-12-01 09:18:57.217581+00', '2026-12-01 09:18:57.217582+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (307, 'H0307', 'Nihat Sarıkaya', '+90 506 410 68 94', 'Musa Durmez Sokak', '7', 'Yenice Mah.', '["diabetic"]', '', '0101000020E6100000E1421EC18D843D4073BED87BF1094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-07-28', '2025-12-03', true, '2026-12-01 09:18:57.217582+00', '2026-12-01 09:18:57.217583+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (308, 'H0308', 'Nezihe Şen', '+90 501 058 11 08', 'Kasım Efendi Caddesi', '12', 'Yenice Mah.', '[]', '', '0101000020E61000004485EAE6E2833D406B2DCC423B094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2024-12-11', '2025-05-21', true, '2026-12-01 09:18:57.217584+00', '2026-12-01 09:18:57.217584+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (309, 'H0309', 'Ümmühan Sönmez', '+90 539 171 75 62', 'Bircanlar Sokak', '56/B', 'Orhaniye Mah.', '[]', '', '0101000020E6100000FAD346753A843D40E44D7E8B4E0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-06-20', '2025-07-24', true, '2026-12-01 09:18:57.217585+00', '2026-12-01 09:18:57.217586+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (310, 'H0310', 'İbrahim Karaca', '+90 542 159 34 61', 'Cuma Sokak', '22', 'Kemalpaşa Mah.', '[]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E6100000B47570B037813D4069AD68739C094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-08-31', '2025-07-28', true, '2026-12-01 09:18:57.217586+00', '2026-12-01 09:18:57.21759+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (311, 'H0311', 'Hatice Can', '+90 505 747 00 74', 'Molla Mansur Efendi Çıkmazı', '25', 'Yenice Mah.', '[]', '', '0101000020E61000005051F52B9D833D40E88711C2A3094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-06-09', '2026-10-18', true, '2026-12-01 09:18:57.21759+00', '2026-12-01 09:18:57.217591+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (312, 'H0312', 'Mehmet Ateş', '+90 554 219 54 40', 'Şebboy Caddesi', '60', 'Osmaniye Mah.', '["low_salt"]', 'Kapı zili çalışmıyor, telefonla arayın; Bina girişi arka sokaktan', '0101000020E61000000C2252D32E823D40363FFED2A20A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-07-23', '2026-08-07', true, '2026-12-01 09:18:57.217592+00', '2026-12-01 09:18:57.217592+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (313, 'H0313', 'Meryem İnce', '+90 507 985 31 66', 'Kasım Efendi Caddesi', '26', 'Yenice Mah.', '[]', '', '0101000020E610000090DD054A0A843D405439ED2939094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-02-10', '2026-03-26', true, '2026-12-01 09:18:57.217593+00', '2026-12-01 09:18:57.217594+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (314, 'H0314', 'Cengiz Köse', '+90 545 367 35 99', 'Hekimzade Sokak', '50', 'Cuma Mah.', '["diabetic"]', '', '0101000020E61000003BC780ECF5823D402EAD86C43D0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-11-22', '2025-05-23', true, '2026-12-01 09:18:57.217595+00', '2026-12-01 09:18:57.217595+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (315, 'H0315', 'Zöhre Dağlı', '+90 530 495 23 57', 'Doruk Sokak', '86', 'Osmaniye Mah.', '[]', '2. kat, asansör yok', '0101000020E61000005FB7088CF5813D40B325AB22DC0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2024-09-14', '2025-02-05', true, '2026-12-01 09:18:57.217596+00', '2026-12-01 09:18:57.217596+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (316, 'H0316', 'Naciye Uçar', '+90 544 672 22 21', 'Armutlu Bahçe Sokak', '68', 'Yenice Mah.', '[]', '2. kat, asansör yok', '0101000020E6100000A2427573F1833D407EFD101B2C0A4440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2025-05-16', '2026-01-09', true, '2026-12-01 09:18:57.217597+00', '2026-12-01 09:18:57.217598+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (317, 'H0317', 'Fatma Kaya', '+90 545 355 01 41', 'Sanayi Zafer Caddesi', '78', 'Yenice Mah.', '["soft_food"]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E6100000C26856B60F853D40ECDD1FEF55094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-08-24', '2025-11-15', true, '2026-12-01 09:18:57.217599+00', '2026-12-01 09:18:57.217599+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (318, 'H0318', 'Mustafa Altıntaş', '+90 541 838 65 66', 'Şehit Er İsmail Kurt Sokak', '19', 'Cuma Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın; Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E610000069C537143E833D4034BC5983F7094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-09-04', '2026-11-22', true, '2026-12-01 09:18:57.2176+00', '2026-12-01 09:18:57.217601+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (319, 'H0319', 'İsmail Demir', '+90 533 767 01 50', 'Başaran Sokak', '108', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E6100000B89388F02F823D407B30293E3E094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-05-11', '2026-05-25', true, '2026-12-01 09:18:57.217602+00', '2026-12-01 09:18:57.217602+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (320, 'H0320', 'Cemal Karagöz', '+90 533 796 80 39', 'Göçmen Sokak', '107/A', 'Kemalpaşa Mah.', '[]', '5. kat, asansör yok', '0101000020E610000022C7D633847F3D40384C3448C1094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-11-22', '2026-03-16', true, '2026-12-01 09:18:57.217603+00', '2026-12-01 09:18:57.217604+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (321, 'H0321', 'Osman Bayram', '+90 554 820 98 85', 'Koca Ahmet Caddesi', '16', 'Kemalpaşa Mah.', '[]', '3. kat, asansör yok', '0101000020E6100000151DC9E53F803D40CB30EE06D1084440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-12-27', '2025-01-22', true, '2026-12-01 09:18:57.217605+00', '2026-12-01 09:18:57.217605+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (322, 'H0322', 'Türkan Yılmaz', '+90 535 879 32 97', 'Kıvanç Sokak', '64', 'Kemalpaşa Mah.', '[]', '3. kat, asansör yok', '0101000020E6100000CBBF9657AE7F3D40699082A790094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-06-21', '2026-10-10', true, '2026-12-01 09:18:57.217606+00', '2026-12-01 09:18:57.217607+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (323, 'H0323', 'Sevim Güneş', '+90 536 929 56 63', 'İskender Sokak', '11', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E6100000F71E2E39EE803D40629F008A91094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-02-24', '2026-07-13', true, '2026-12-01 09:18:57.217608+00', '2026-12-01 09:18:57.217608+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (324, 'H0324', 'Nurten Bayram', '+90 533 829 68 49', 'Varlık Sokak', '48', 'Kemalpaşa Mah.', '["soft_food"]', '', '0101000020E6100000B60F79CBD57F3D40718DCF64FF084440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-09-24', '2024-10-29', true, '2026-12-01 09:18:57.217609+00', '2026-12-01 09:18:57.217609+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (325, 'H0325', 'Meryem Kaya', '+90 559 531 06 57', 'Büyükdere Sokak', '6', 'Osmaniye Mah.', '[]', '', '0101000020E61000009FAD8383BD813D40A1D9756F450A4440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 1, '[]', '2025-08-16', '2025-12-23', true, '2026-12-01 09:18:57.21761+00', '2026-12-01 09:18:57.217611+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (326, 'H0326', 'Cengiz Yavuz', '+90 553 484 53 10', 'Elektrik Sokak', '33', 'Cuma Mah.', '["diabetic"]', '', '0101000020E6100000272F3201BF823D40240B98C0AD094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-07-07', '2025-08-02', true, '2026-12-01 09:18:57.217612+00', '2026-12-01 09:18:57.217612+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (327, 'H0327', 'Zöhre Güler', '+90 555 124 84 82', 'Arzu Sokak', '82', 'Osmaniye Mah.', '["diabetic", "soft_food"]', '', '0101000020E61000006F62484E26823D40FA4509FA0B0B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-03-18', '2025-06-27', true, '2026-12-01 09:18:57.217613+00', '2026-12-01 09:18:57.217614+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (328, 'H0328', 'Cemal Köse', '+90 507 519 96 82', 'Hacı Salih Sokak', '59', 'Osmaniye Mah.', '[]', '', '0101000020E6100000F6402B3064813D4024F25D4A5D0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-09-05', '2026-10-25', true, '2026-12-01 09:18:57.217615+00', '2026-12-01 09:18:57.217615+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (329, 'H0329', 'Kezban Özdemir', '+90 541 684 33 56', 'Bahçe Sokak', '111', 'Osmaniye Mah.', '["diabetic"]', '', '0101000020E6100000A26131EA5A7F3D40E6CAA0DAE00A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-01-02', '2025-07-21', true, '2026-12-01 09:18:57.217616+00', '2026-12-01 09:18:57.217617+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (330, 'H0330', 'Şerife İnce', '+90 530 621 66 09', 'Yeşil Bahçeler Sokak', '71', 'Sinanbey Mah.', '[]', '', '0101000020E6100000AD156D8E73833D404CA8E0F0820A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 2, '[]', '2025-09-12', '2026-03-23', true, '2026-12-01 09:18:57.217618+00', '2026-12-01 09:18:57.217618+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (331, 'H0331', 'Sıdıka Bayram', '+90 543 250 33 55', 'Mehter Sokak', '117', 'Orhaniye Mah.', '[]', '', '0101000020E61000006A85E97B0D853D40B7B585E7A50A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-10-11', NULL, true, '2026-12-01 09:18:57.217619+00', '2026-12-01 09:18:57.21762+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (332, 'H0332', 'Şükriye Kahraman', '+90 535 184 37 54', 'Çayır Sokak', '3', 'Sinanbey Mah.', '[]', '', '0101000020E6100000FA27B85851833D40BE892139990A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-11-19', '2025-12-18', true, '2026-12-01 09:18:57.21762+00', '2026-12-01 09:18:57.217621+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (333, 'H0333', 'Muharrem Koç', '+90 534 925 06 19', 'Kasım Efendi Caddesi', '67', 'Yenice Mah.', '[]', '', '0101000020E61000005B94D92093843D403815A930B6084440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-12-05', '2026-05-14', true, '2026-12-01 09:18:57.217622+00', '2026-12-01 09:18:57.217623+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (334, 'H0334', 'Emine Şimşek', '+90 538 094 52 02', 'İbrahim Şenbel Sokak', '37', 'Yenice Mah.', '[]', '', '0101000020E61000009EEBFB7090843D408BA6B393C1094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2024-08-28', '2024-12-14', true, '2026-12-01 09:18:57.217624+00', '2026-12-01 09:18:57.217624+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (335, 'H0335', 'Nezihe Karaca', '+90 532 853 44 44', 'Ekremiye Sokak', '74', 'Osmaniye Mah.', '[]', '', '0101000020E6100000C19140834D813D402E8F3523830A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2024-10-08', '2024-11-07', true, '2026-12-01 09:18:57.217625+00', '2026-12-01 09:18:57.217626+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (336, 'H0336', 'Gönül Şahin', '+90 534 795 27 81', 'Molla Mansur Efendi Çıkmazı', '54', 'Yenice Mah.', '["diabetic"]', '', '0101000020E610000054C37E4FAC833D40755B22179C094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-08-12', '2026-01-13', true, '2026-12-01 09:18:57.217627+00', '2026-12-01 09:18:57.217627+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (337, 'H0337', 'Saniye Sönmez', '+90 541 263 71 73', 'Kasım Efendi Caddesi', '6', 'Cuma Mah.', '["diabetic"]', '2. kat, asansör yok', '0101000020E6100000B685E7A562833D4080D591239D094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-03-23', '2025-08-27', true, '2026-12-01 09:18:57.217628+00', '2026-12-01 09:18:57.217629+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (338, 'H0338', 'İkbal Dağlı', '+90 530 830 18 43', 'Razgat Sokak', '30', 'Yenice Mah.', '["diabetic"]', '', '0101000020E6100000D63730B951843D40558847E2E5094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-02-20', '2026-01-15', true, '2026-12-01 09:18:57.21763+00', '2026-12-01 09:18:57.217631+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (339, 'H0339', 'Gülsüm Aktaş', '+90 534 818 57 56', 'Osmanbey Caddesi', '7', 'Yenice Mah.', '["low_salt"]', '', '0101000020E610000028B517D176843D4030A182C30B0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-01-20', '2025-06-10', true, '2026-12-01 09:18:57.217632+00', '2026-12-01 09:18:57.217632+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (340, 'H0340', 'Müzeyyen Erdem', '+90 554 345 91 66', 'Orta Sokak', '103', 'Yenice Mah.', '["diabetic"]', '', '0101000020E61000006347E350BF833D4029EB3713D3094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2024-11-07', '2024-11-30', true, '2026-12-01 09:18:57.217633+00', '2026-12-01 09:18:57.217634+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (341, 'H0341', 'Fadime Turan', '+90 539 829 77 98', 'Demircioğlu Sokak', '22', 'Orhaniye Mah.', '["diabetic"]', '', '0101000020E6100000D7C1C1DEC4843D40A306D3307C0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-12-07', '2024-12-22', true, '2026-12-01 09:18:57.217635+00', '2026-12-01 09:18:57.217635+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (342, 'H0342', 'İkbal Özcan', '+90 530 282 41 72', 'Ekremiye Sokak', '21', 'Osmaniye Mah.', '[]', '', '0101000020E610000077A1B94E23813D40D06394675E0A4440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 2, '[]', '2025-09-17', '2025-10-29', true, '2026-12-01 09:18:57.217636+00', '2026-12-01 09:18:57.217637+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (343, 'H0343', 'Zeynep Gündoğdu', '+90 555 302 20 35', 'Yakut Sokak', '81', 'Kemalpaşa Mah.', '["diabetic"]', '2. kat, asansör yok', '0101000020E61000003CA41820D1803D4035F10EF0A4094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-04-21', '2025-07-03', true, '2026-12-01 09:18:57.217638+00', '2026-12-01 09:18:57.217638+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (344, 'H0344', 'Gülten Turan', '+90 552 231 17 54', 'Ekim Sokak', '60', 'Osmaniye Mah.', '[]', '', '0101000020E61000000DFAD2DB9F7F3D4088D860E1240B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-08-05', '2025-08-27', true, '2026-12-01 09:18:57.217639+00', '2026-12-01 09:18:57.21764+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (345, 'H0345', 'Ramazan Bayraktar', '+90 545 194 43 90', 'Barış Sokak', '37', 'Cuma Mah.', '[]', '', '0101000020E61000009DBCC804FC823D402CF180B229094440', 'file', NULL, false, 'both', '[1, 3, 5]', 1, '[]', '2026-01-03', '2026-03-19', true, '2026-12-01 09:18:57.217641+00', '2026-12-01 09:18:57.217641+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (346, 'H0346', 'Kâzım Karaca', '+90 543 426 22 73', 'Eczacı Ali Bey Sokak', '110', 'Sinanbey Mah.', '[]', '5. kat, asansör yok', '0101000020E61000009ED0EB4FE2833D4052D32EA6990A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-11-08', '2025-12-27', true, '2026-12-01 09:18:57.217642+00', '2026-12-01 09:18:57.217643+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (347, 'H0347', 'Nermin Tuncer', '+90 539 047 70 08', 'Musa Durmez Sokak', '80', 'Yenice Mah.', '["low_salt", "soft_food"]', '', '0101000020E6100000253CA1D79F843D400B0C59DDEA094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2024-10-24', '2024-12-10', true, '2026-12-01 09:18:57.217644+00', '2026-12-01 09:18:57.217644+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (348, 'H0348', 'Saniye Şen', '+90 533 499 78 80', 'Bozdağ Sokak', '93', 'Osmaniye Mah.', '["low_salt"]', '4. kat, asansör yok', '0101000020E6100000882AFC19DE803D408E959867250B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-11-19', '2025-09-19', true, '2026-12-01 09:18:57.217645+00', '2026-12-01 09:18:57.217646+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (349, 'H0349', 'Nezihe Özdemir', '+90 537 872 53 32', 'Genç Osman Sokak', '110', 'Orhaniye Mah.', '[]', '', '0101000020E6100000DA38622D3E853D40E31934F44F0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-05-29', '2026-08-06', true, '2026-12-01 09:18:57.217647+00', '2026-12-01 09:18:57.217647+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (350, 'H0350', 'Havva Kaya', '+90 554 667 53 63', 'Hastane Caddesi', '95', 'Cuma Mah.', '[]', '', '0101000020E61000006A17D34CF7823D4040A6B5696C094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-11-06', '2025-01-03', true, '2026-12-01 09:18:57.217648+00', '2026-12-01 09:18:57.217649+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (351, 'H0351', 'Nurten Ilgaz', '+90 505 276 23 23', 'İskender Sokak', '99/C', 'Kemalpaşa Mah.', '[]', '5. kat, asansör yok', '0101000020E6100000C4961E4DF5803D40EE9579ABAE094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-04-16', '2025-05-08', true, '2026-12-01 09:18:57.21765+00', '2026-12-01 09:18:57.21765+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (352, 'H0352', 'Zöhre Bozkurt', '+90 536 299 82 74', 'Başaran Sokak', '102', 'Kemalpaşa Mah.', '["low_salt", "soft_food"]', '4. kat, asansör yok', '0101000020E6100000E08442041C823D40D2AB014A43094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-07-31', NULL, true, '2026-12-01 09:18:57.217651+00', '2026-12-01 09:18:57.217652+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (353, 'H0353', 'Emine Güler', '+90 551 467 92 17', 'İsmail Efendi Caddesi', '48', 'Cuma Mah.', '["low_salt"]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E6100000894336902E823D4015A930B6100A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '["carry_inside"]', '2024-11-30', '2025-10-19', true, '2026-12-01 09:18:57.217653+00', '2026-12-01 09:18:57.217656+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (354, 'H0354', 'Ahmet Çelik', '+90 549 962 84 43', 'Şark Sokak', '46', 'Osmaniye Mah.', '["low_salt"]', '', '0101000020E610000005A3923A01813D4055A18158360B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-10-19', '2026-03-03', true, '2026-12-01 09:18:57.217657+00', '2026-12-01 09:18:57.217657+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (355, 'H0355', 'Saniye Çakır', '+90 554 033 35 11', 'Seyran Sokak', '77/C', 'Kemalpaşa Mah.', '["low_salt"]', '3. kat, asansör yok', '0101000020E61000009C53C90050813D40D6E253008C094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2024-11-08', '2024-12-12', true, '2026-12-01 09:18:57.217658+00', '2026-12-01 09:18:57.217659+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (356, 'H0356', 'Fatma Sönmez', '+90 553 324 56 65', 'Varlık Sokak', '109/A', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000DD0C37E0F37F3D40E3C5C21039094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-09-21', '2025-02-15', true, '2026-12-01 09:18:57.217659+00', '2026-12-01 09:18:57.21766+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (357, 'H0357', 'Nermin Tuncer', '+90 538 918 18 68', 'Demircizade Sokak', '49', 'Yenice Mah.', '[]', '', '0101000020E61000008B1BB7989F833D40E2783E03EA094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-07-05', '2026-10-06', true, '2026-12-01 09:18:57.217661+00', '2026-12-01 09:18:57.217661+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (358, 'H0358', 'Hayri Kurt', '+90 538 234 12 25', 'Bahar Sokak', '31', 'Yenice Mah.', '["low_salt"]', '', '0101000020E6100000F646AD307D833D40F90FE9B7AF094440', 'file', NULL, false, 'both', '[1, 3, 5]', 1, '[]', '2025-11-02', '2026-04-10', true, '2026-12-01 09:18:57.217662+00', '2026-12-01 09:18:57.217663+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (359, 'H0359', 'Hanife Bayram', '+90 534 161 27 00', 'Merkez Sokak', '8', 'Osmaniye Mah.', '[]', '5. kat, asansör yok; Bahçede köpek var, bahçe kapısını kapatın', '0101000020E610000058E2016553823D40C119FCFD620A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-05-02', NULL, true, '2026-12-01 09:18:57.217664+00', '2026-12-01 09:18:57.217664+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (360, 'H0360', 'Sıdıka İnce', '+90 539 125 04 93', 'Softalı Mehmet Bey Sokak', '55', 'Yenice Mah.', '[]', '2. kat, asansör yok; Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E6100000D55B035B25843D4000750305DE094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-10-23', NULL, true, '2026-12-01 09:18:57.217665+00', '2026-12-01 09:18:57.217666+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (361, 'H0361', 'Mehmet Çiftçi', '+90 507 188 35 17', 'Sanayi Caddesi', '26', 'Yenice Mah.', '[]', '3. kat, asansör yok', '0101000020E6100000C74961DEE3843D40D0D556EC2F094440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2025-06-07', '2025-12-29', true, '2026-12-01 09:18:57.217667+00', '2026-12-01 09:18:57.217667+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (362, 'H0362', 'Nuri Ateş', '+90 559 182 02 26', 'Sanayi Zafer Caddesi', '53', 'Yenice Mah.', '["soft_food"]', '4. kat, asansör yok', '0101000020E610000068AED3484B853D400E4C6E1459094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-08-04', '2025-12-31', true, '2026-12-01 09:18:57.217668+00', '2026-12-01 09:18:57.217669+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (363, 'H0363', 'Şükriye Ekinci', '+90 530 845 42 71', 'Ekremiye Sokak', '55', 'Osmaniye Mah.', '["diabetic", "low_salt"]', '2. kat, asansör yok', '0101000020E6100000FD6CE4BA29813D408C12F4177A0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-04-13', '2026-10-10', true, '2026-12-01 09:18:57.217669+00', '2026-12-01 09:18:57.21767+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (364, 'H0364', 'Hatice Arslan', '+90 553 469 35 38', 'Fabrika Sokak', '10', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000BA675DA3E5803D40077C7E18210A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-09-06', '2024-12-24', true, '2026-12-01 09:18:57.217671+00', '2026-12-01 09:18:57.217672+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (365, 'H0365', 'Hayriye Bulut', '+90 507 177 19 03', 'Ali Hatipoğlu Sokak', '36/C', 'Cuma Mah.', '["low_salt"]', '', '0101000020E6100000CD1DFD2FD7823D40F9BEB854A5094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-08-22', '2026-10-22', true, '2026-12-01 09:18:57.217673+00', '2026-12-01 09:18:57.217673+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (366, 'H0366', 'Hüseyin Erdem', '+90 501 707 93 08', 'Zade Emin Sokak', '42', 'Kemalpaşa Mah.', '["soft_food"]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın; Kapı zili çalışmıyor, telefonla arayın', '0101000020E6100000790778D2C2813D40F148BC3C9D094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2026-04-05', '2026-11-28', true, '2026-12-01 09:18:57.217674+00', '2026-12-01 09:18:57.217675+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (367, 'H0367', 'Erdoğan Durmaz', '+90 554 952 48 87', 'M. Öz Saraç Sokak', '73', 'Osmaniye Mah.', '[]', '', '0101000020E61000009DD5027B4C803D40CC0BB08F4E0B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-09-10', '2025-12-28', true, '2026-12-01 09:18:57.217676+00', '2026-12-01 09:18:57.217676+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (368, 'H0368', 'Nermin Akgül', '+90 542 986 46 60', 'Osman Balcı Sokak', '67', 'Kemalpaşa Mah.', '[]', '2. kat, asansör yok', '0101000020E610000029B3412619813D40E3C4573B8A094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-06-25', '2026-08-08', true, '2026-12-01 09:18:57.217677+00', '2026-12-01 09:18:57.217678+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (369, 'H0369', 'Şerife Karagöz', '+90 538 727 00 12', 'Yavuz Sokak', '61', 'Sinanbey Mah.', '[]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E6100000DBC1887D02843D40A4C4AEEDED0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '["carry_inside"]', '2025-04-28', '2025-06-09', true, '2026-12-01 09:18:57.217679+00', '2026-12-01 09:18:57.217679+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (370, 'H0370', 'Sabri Çelik', '+90 505 181 40 56', 'Kasım Efendi Caddesi', '115', 'Yenice Mah.', '[]', '', '0101000020E6100000E658DE550F843D408C2D043928094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-10-07', '2025-05-22', true, '2026-12-01 09:18:57.21768+00', '2026-12-01 09:18:57.217681+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (371, 'H0371', 'Ümit Kaplan', '+90 533 578 35 17', 'Hacı Mustafa Sokak', '80', 'Yenice Mah.', '[]', '', '0101000020E6100000828C800A47843D40A2EBC20FCE094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-01-16', '2026-09-02', true, '2026-12-01 09:18:57.217682+00', '2026-12-01 09:18:57.217682+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (372, 'H0372', 'Hatice Kaya', '+90 549 732 15 76', 'Hamamcı Sokak', '64', 'Osmaniye Mah.', '["soft_food"]', '', '0101000020E61000009EB4705985813D4067F2CD36370A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2025-10-24', '2026-01-15', true, '2026-12-01 09:18:57.217683+00', '2026-12-01 09:18:57.217684+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (373, 'H0373', 'Ahmet Acar', '+90 506 387 56 10', 'Gülen Sokak', '117', 'Kemalpaşa Mah.', '[]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E6100000D26EF4311F803D401C446B459B094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-01-25', '2025-02-16', true, '2026-12-01 09:18:57.217685+00', '2026-12-01 09:18:57.217685+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (374, 'H0374', 'Nezihe Bulut', '+90 543 159 47 38', 'Meriç Sokak', '80', 'Orhaniye Mah.', '["diabetic"]', '', '0101000020E6100000037AE1CE85853D400A86730D330A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-05-17', '2026-08-03', true, '2026-12-01 09:18:57.217686+00', '2026-12-01 09:18:57.217687+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (375, 'H0375', 'Hüseyin Karagöz', '+90 536 965 39 83', 'Ekremiye Sokak', '116', 'Osmaniye Mah.', '["diabetic"]', '', '0101000020E61000008255F5F23B813D4002F22554700A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2024-10-22', '2024-12-03', true, '2026-12-01 09:18:57.217688+00', '2026-12-01 09:18:57.217689+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (376, 'H0376', 'Sabri Bayram', '+90 546 543 23 31', 'Cevat Parman Sokak', '82', 'Yenice Mah.', '[]', '5. kat, asansör yok; Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E6100000DD442DCDAD843D406B9F8EC70C0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2024-12-09', '2025-02-18', true, '2026-12-01 09:18:57.21769+00', '2026-12-01 09:18:57.21769+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (377, 'H0377', 'Süleyman İnce', '+90 553 881 02 54', 'Şebboy Caddesi', '65', 'Osmaniye Mah.', '["diabetic"]', 'Bina girişi arka sokaktan', '0101000020E6100000CCF10A444F823D406A85E97B0D0B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-01-22', '2025-02-25', true, '2026-12-01 09:18:57.217691+00', '2026-12-01 09:18:57.217692+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (378, 'H0378', 'Hasan Kaya', '+90 531 066 69 81', 'Şark Sokak', '85', 'Osmaniye Mah.', '["diabetic"]', '', '0101000020E610000035B22B2D23813D40373811FDDA0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-08-24', NULL, true, '2026-12-01 09:18:57.217692+00', '2026-12-01 09:18:57.217693+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (379, 'H0379', 'Bekir Işık', '+90 553 548 53 31', 'Tabakhane Caddesi', '44', 'Yenice Mah.', '[]', '', '0101000020E6100000677BF486FB843D40136058FE7C094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-03-15', '2026-06-02', true, '2026-12-01 09:18:57.217694+00', '2026-12-01 09:18:57.217695+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (380, 'H0380', 'Gülten Güneş', '+90 544 400 65 25', 'Dr. Halil Bey Caddesi', '89', 'Yenice Mah.', '["low_salt"]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E61000007670B03731843D40FA08FCE1E7094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-07-07', '2025-12-21', true, '2026-12-01 09:18:57.217695+00', '2026-12-01 09:18:57.217696+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (381, 'H0381', 'Hüseyin Tekin', '+90 538 686 91 32', 'Ekim Sokak', '25', 'Osmaniye Mah.', '["diabetic"]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E6100000A723809BC57F3D40286211C30E0B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-01-20', '2025-02-03', true, '2026-12-01 09:18:57.217697+00', '2026-12-01 09:18:57.217698+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (382, 'H0382', 'Gönül Karaca', '+90 552 075 49 04', 'İbrahim Şenbel Sokak', '29', 'Yenice Mah.', '[]', 'Bina girişi arka sokaktan', '0101000020E61000007AE063B0E2843D403946B247A8094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-05-26', '2025-06-26', true, '2026-12-01 09:18:57.217698+00', '2026-12-01 09:18:57.217699+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (383, 'H0383', 'Hanife Karagöz', '+90 552 570 34 12', 'Ekim Sokak', '19/B', 'Osmaniye Mah.', '["soft_food"]', '', '0101000020E61000003FFD67CD8F7F3D40C2853C821B0B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-05-02', '2025-09-14', true, '2026-12-01 09:18:57.2177+00', '2026-12-01 09:18:57.217701+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (384, 'H0384', 'Dürdane Güneş', '+90 543 359 27 38', 'Arzu Sokak', '1', 'Osmaniye Mah.', '["diabetic"]', '', '0101000020E610000052448655BC813D40A7EB89AE0B0B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2024-10-13', '2025-07-17', true, '2026-12-01 09:18:57.217702+00', '2026-12-01 09:18:57.217702+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (385, 'H0385', 'Nuri Güler', '+90 538 059 51 11', 'Kerimağa Sokak', '14/C', 'Yenice Mah.', '[]', '3. kat, asansör yok', '0101000020E6100000060FD3BEB9833D40DFA815A6EF094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-12-17', '2026-01-02', true, '2026-12-01 09:18:57.217703+00', '2026-12-01 09:18:57.217704+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (386, 'H0386', 'Naciye Bozkurt', '+90 533 771 04 79', 'Adliyeciler Sokak', '107/B', 'Osmaniye Mah.', '[]', '2. kat, asansör yok; Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın; İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E61000001E4FCB0F5C813D40E1085229760A4440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 2, '["carry_inside"]', '2026-04-24', '2026-08-01', true, '2026-12-01 09:18:57.217705+00', '2026-12-01 09:18:57.217705+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (387, 'H0387', 'İsmail Ateş', '+90 555 547 55 70', 'Yüksel Sokak', '78', 'Orhaniye Mah.', '["soft_food"]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E61000004EECA17DAC843D40E57B4622340A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-03-29', '2025-04-13', true, '2026-12-01 09:18:57.217706+00', '2026-12-01 09:18:57.217707+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (388, 'H0388', 'Şükrü Aktaş', '+90 532 172 81 35', '2. Zambak Sokak', '46', 'Kemalpaşa Mah.', '["soft_food"]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın; İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E610000066A3737E8A7F3D40D1AFAD9FFE094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2026-06-19', '2026-08-23', true, '2026-12-01 09:18:57.217708+00', '2026-12-01 09:18:57.217708+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (389, 'H0389', 'Dürdane Altıntaş', '+90 559 459 81 09', 'Barış Sokak', '102', 'Cuma Mah.', '[]', '5. kat, asansör yok', '0101000020E6100000F7E80DF791833D402BBD361B2B094440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 1, '[]', '2024-11-04', '2025-07-29', true, '2026-12-01 09:18:57.217709+00', '2026-12-01 09:18:57.21771+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (390, 'H0390', 'İbrahim Kaya', '+90 559 988 11 34', 'Şebboy Caddesi', '116', 'Osmaniye Mah.', '[]', '', '0101000020E6100000DC12B9E00C823D40F4C473B6800A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-02-14', '2026-03-26', true, '2026-12-01 09:18:57.217711+00', '2026-12-01 09:18:57.217711+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (391, 'H0391', 'Hayri Özkan', '+90 530 854 63 91', 'Okul Sokak', '14', 'Osmaniye Mah.', '[]', '', '0101000020E61000001AC231CB9E803D40A1815836730A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-04-02', '2026-04-16', true, '2026-12-01 09:18:57.217712+00', '2026-12-01 09:18:57.217713+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (392, 'H0392', 'Gülsüm Yıldırım', '+90 543 648 19 61', 'Necip Efendi Çıkmazı Sokak', '31', 'Yenice Mah.', '[]', '', '0101000020E61000007A51BB5F05843D4098BED7101C094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-09-19', '2026-11-25', true, '2026-12-01 09:18:57.217714+00', '2026-12-01 09:18:57.217714+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (393, 'H0393', 'Gülten Çetin', '+90 507 042 53 97', 'Pamuk Sokak', '98', 'Osmaniye Mah.', '["diabetic", "soft_food"]', '', '0101000020E61000006B9A779CA27F3D404E5FCFD72C0B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 2, '[]', '2026-03-18', '2026-04-18', true, '2026-12-01 09:18:57.217715+00', '2026-12-01 09:18:57.217716+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (394, 'H0394', 'Sevim Erdem', '+90 544 967 42 73', 'Koca Ahmet Caddesi', '51', 'Kemalpaşa Mah.', '["low_salt"]', '5. kat, asansör yok', '0101000020E61000002315C61682803D404791B58652094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-10-03', NULL, true, '2026-12-01 09:18:57.217717+00', '2026-12-01 09:18:57.217718+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (395, 'H0395', 'Şöhret Doğan', '+90 536 545 26 43', 'Kemalettin Sami Paşa Caddesi', '109/A', 'Cuma Mah.', '[]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E6100000C7629B5434823D40BBD1C77C400A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '["carry_inside"]', '2026-03-05', '2026-03-18', true, '2026-12-01 09:18:57.217718+00', '2026-12-01 09:18:57.217721+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (396, 'H0396', 'Muharrem Korkmaz', '+90 555 414 84 83', 'Mustafa Bey Caddesi', '74/B', 'Yenice Mah.', '["diabetic", "soft_food"]', '', '0101000020E6100000ED7DAA0A0D843D40569E40D8290A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-11-27', '2026-10-28', true, '2026-12-01 09:18:57.217722+00', '2026-12-01 09:18:57.217723+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (397, 'H0397', 'Naciye Karagöz', '+90 533 132 77 94', 'Mehter Sokak', '60', 'Orhaniye Mah.', '["diabetic", "soft_food"]', '2. kat, asansör yok', '0101000020E6100000EA3C2AFEEF843D40A7ECF483BA0A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-10-26', '2026-07-14', true, '2026-12-01 09:18:57.217724+00', '2026-12-01 09:18:57.217724+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (398, 'H0398', 'Şerife Ateş', '+90 505 550 20 44', 'Sanayi Zafer Caddesi', '80', 'Yenice Mah.', '[]', '', '0101000020E6100000492BBEA1F0853D40F294D5743D094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-04-27', '2026-05-23', true, '2026-12-01 09:18:57.217725+00', '2026-12-01 09:18:57.217726+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (399, 'H0399', 'Türkan Akgül', '+90 555 705 99 82', 'Yeşil Sokak', '17', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000E3C4573B8A7F3D40731074B4AA094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-02-11', '2026-04-02', true, '2026-12-01 09:18:57.217727+00', '2026-12-01 09:18:57.217727+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (400, 'H0400', 'Gülsüm Işık', '+90 506 871 00 46', 'Cami Sokak', '95', 'Kemalpaşa Mah.', '[]', '5. kat, asansör yok', '0101000020E6100000BBB54C86E3813D4084BC1E4C8A094440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 2, '[]', '2024-12-30', '2025-10-23', true, '2026-12-01 09:18:57.217728+00', '2026-12-01 09:18:57.217729+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (401, 'H0401', 'Nurten Şimşek', '+90 542 465 86 43', 'Şenol Sokak', '23', 'Yenice Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000008908FF2268843D40ABECBB22F8094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-08-12', '2026-09-17', true, '2026-12-01 09:18:57.21773+00', '2026-12-01 09:18:57.21773+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (402, 'H0402', 'Fadime Çakır', '+90 552 823 28 60', '1. Bahar Sokak', '9', 'Osmaniye Mah.', '["soft_food"]', '', '0101000020E6100000AE65321CCF7F3D400B444FCAA40A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-06-10', '2025-07-07', true, '2026-12-01 09:18:57.217731+00', '2026-12-01 09:18:57.217732+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (403, 'H0403', 'Hüseyin Tuncer', '+90 501 016 44 43', 'Hal Sokak', '81', 'Cuma Mah.', '[]', '3. kat, asansör yok', '0101000020E61000005C3E92921E823D403C33C170AE094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-06-17', '2025-07-29', true, '2026-12-01 09:18:57.217733+00', '2026-12-01 09:18:57.217733+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (404, 'H0404', 'Emine Çelik', '+90 549 249 04 18', 'Ekim Sokak', '85', 'Osmaniye Mah.', '[]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E6100000FC36C478CD7F3D40029F1F46080B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-12-16', '2026-01-22', true, '2026-12-01 09:18:57.217734+00', '2026-12-01 09:18:57.217735+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (405, 'H0405', 'Ramazan Yıldız', '+90 551 246 12 25', 'Hal Sokak', '46', 'Kemalpaşa Mah.', '["diabetic"]', '4. kat, asansör yok', '0101000020E61000000FD07D39B3813D40AA622AFD84094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-09-22', '2025-03-04', true, '2026-12-01 09:18:57.217735+00', '2026-12-01 09:18:57.217736+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (406, 'H0406', 'İsmail Çetin', '+90 555 232 80 07', 'Yüksel Sokak', '23', 'Orhaniye Mah.', '["diabetic", "low_salt"]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E6100000A1F5F065A2843D40F27A30293E0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 2, '[]', '2026-02-28', NULL, true, '2026-12-01 09:18:57.217737+00', '2026-12-01 09:18:57.217737+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (407, 'H0407', 'Hatice Doğan', '+90 541 275 17 44', 'Camii Sokak', '32', 'Yenice Mah.', '["low_salt"]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000009F724C16F7833D403C84F1D3B8094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-08-23', '2024-10-10', true, '2026-12-01 09:18:57.217738+00', '2026-12-01 09:18:57.217739+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (408, 'H0408', 'Şükriye Kahraman', '+90 535 200 51 28', 'İskender Sokak', '53', 'Kemalpaşa Mah.', '[]', '5. kat, asansör yok', '0101000020E61000004E7D2079E7803D4084F068E388094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-12-13', '2026-02-17', true, '2026-12-01 09:18:57.21774+00', '2026-12-01 09:18:57.21774+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (409, 'H0409', 'İkbal Şen', '+90 541 776 72 92', 'Osmanbey Caddesi', '43', 'Yenice Mah.', '["low_salt"]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E6100000CB14731074843D4017F4DE18020A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '["carry_inside"]', '2026-05-22', '2026-07-12', true, '2026-12-01 09:18:57.217741+00', '2026-12-01 09:18:57.217742+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (410, 'H0410', 'Şevket Yavuz', '+90 532 704 74 30', 'Sözeri Sokak', '30', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E61000009BAE27BA2E803D406D585359140A4440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 2, '[]', '2025-11-17', '2026-01-06', true, '2026-12-01 09:18:57.217743+00', '2026-12-01 09:18:57.217743+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (411, 'H0411', 'Ali Özdemir', '+90 552 079 28 99', 'Kanal Sokak', '65', 'Osmaniye Mah.', '[]', '', '0101000020E61000005247C7D5C8823D4029064834810A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-07-10', NULL, true, '2026-12-01 09:18:57.217745+00', '2026-12-01 09:18:57.217745+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (412, 'H0412', 'Hüseyin Güneş', '+90 559 506 96 27', 'Pırlanta Sokak', '35', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000FE7F9C3061803D40530438BD8B094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2025-08-17', '2025-10-01', true, '2026-12-01 09:18:57.217746+00', '2026-12-01 09:18:57.217747+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (413, 'H0413', 'Şükrü Korkmaz', '+90 534 266 43 49', 'Refah Sokak', '79', 'Yenice Mah.', '[]', '', '0101000020E6100000C1FD800706843D40B45549641F0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2024-12-17', '2025-09-20', true, '2026-12-01 09:18:57.217748+00', '2026-12-01 09:18:57.217748+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (414, 'H0414', 'Sıdıka Arslan', '+90 532 858 23 24', 'Koca Ahmet Caddesi', '23', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E6100000371C96067E803D40D996016729094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-04-23', '2025-10-29', true, '2026-12-01 09:18:57.217749+00', '2026-12-01 09:18:57.21775+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (415, 'H0415', 'Mehmet Öztürk', '+90 546 463 51 67', 'Demircizade Sokak', '64', 'Yenice Mah.', '["low_salt"]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E6100000662FDB4E5B833D4045F30016F9094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-08-13', '2026-04-04', true, '2026-12-01 09:18:57.217751+00', '2026-12-01 09:18:57.217751+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (416, 'H0416', 'Hatice Özkan', '+90 532 842 10 92', 'Çayır Sokak', '93', 'Sinanbey Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000005473B9C150833D400AF31E679A0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-09-22', '2026-08-12', true, '2026-12-01 09:18:57.217752+00', '2026-12-01 09:18:57.217753+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (417, 'H0417', 'Müberra Güneş', '+90 536 069 81 37', 'Kurt Sokak', '57', 'Orhaniye Mah.', '[]', '', '0101000020E6100000997E8978EB843D4099D711876C0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-06-11', '2025-08-24', true, '2026-12-01 09:18:57.217754+00', '2026-12-01 09:18:57.217754+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (418, 'H0418', 'Bekir Sönmez', '+90 541 257 74 11', 'Hayat Sokak', '12', 'Orhaniye Mah.', '[]', '3. kat, asansör yok; Kapı zili çalışmıyor, telefonla arayın; İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E61000003412A1116C843D407288B839950A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-02-05', '2026-08-20', true, '2026-12-01 09:18:57.217755+00', '2026-12-01 09:18:57.217756+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (419, 'H0419', 'Hayri Kaplan', '+90 506 523 71 74', 'Çağlayan Sokak', '84', 'Kemalpaşa Mah.', '[]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E61000002252D32EA6813D40B1FB8EE1B1094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2026-03-28', '2026-07-24', true, '2026-12-01 09:18:57.217757+00', '2026-12-01 09:18:57.217757+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (420, 'H0420', 'Şükriye Erdoğan', '+90 543 683 17 88', 'Sülün Sokak', '67', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E610000034492C29777F3D40E09D7C7A6C094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-02-06', '2025-03-27', true, '2026-12-01 09:18:57.217758+00', '2026-12-01 09:18:57.217758+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (421, 'H0421', 'Müzeyyen Sönmez', '+90 539 219 39 59', 'Koca Ahmet Caddesi', '24', 'Kemalpaşa Mah.', '["soft_food"]', '', '0101000020E6100000DD96C80567803D40D044D8F0F4084440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-09-21', '2026-12-12', true, '2026-12-01 09:18:57.217759+00', '2026-12-01 09:18:57.21776+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (422, 'H0422', 'Gülsüm Akgül', '+90 505 763 22 23', 'Sinan Sokak', '82', 'Sinanbey Mah.', '[]', '', '0101000020E610000072FBE59315833D40317C444C890A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-09-27', '2025-01-18', true, '2026-12-01 09:18:57.217761+00', '2026-12-01 09:18:57.217761+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (423, 'H0423', 'Fatma Şahin', '+90 541 863 91 30', 'Varlık Sokak', '70', 'Kemalpaşa Mah.', '[]', '', '0101000020E610000071AE6186C67F3D40BA84436FF1084440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-01-31', '2026-07-07', true, '2026-12-01 09:18:57.217762+00', '2026-12-01 09:18:57.217763+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (424, 'H0424', 'Sevim Tekin', '+90 505 006 19 11', 'Yeşil Çayır Sokak', '88', 'Kemalpaşa Mah.', '["diabetic", "soft_food"]', '', '0101000020E61000009772BED87B813D40575F5D15A8094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-11-15', '2026-09-14', true, '2026-12-01 09:18:57.217763+00', '2026-12-01 09:18:57.217764+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (425, 'H0425', 'Nuri Bayraktar', '+90 544 888 27 89', 'Açelya Sokak', '105', 'Osmaniye Mah.', '["diabetic"]', '', '0101000020E61000001A31B3CF63803D40BA2D910BCE0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2024-09-11', '2024-10-11', true, '2026-12-01 09:18:57.217765+00', '2026-12-01 09:18:57.217765+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (426, 'H0426', 'Fatma Bayraktar', '+90 545 171 93 90', 'Özfidanlık Sokak', '55', 'Orhaniye Mah.', '[]', '', '0101000020E61000004B901150E1843D40EC32FCA71B0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-01-15', '2026-03-01', true, '2026-12-01 09:18:57.217766+00', '2026-12-01 09:18:57.217789+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (427, 'H0427', 'Fadime Kılıç', '+90 552 735 56 75', 'Keskin Sokak', '41', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000D4282499D57F3D409964E42CEC094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-06-14', '2025-12-24', true, '2026-12-01 09:18:57.21779+00', '2026-12-01 09:18:57.217791+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (428, 'H0428', 'Nazmiye Kahraman', '+90 543 382 66 12', 'Suyolu Caddesi', '73', 'Cuma Mah.', '[]', '', '0101000020E6100000B0592E1B9D833D401152B7B3AF084440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-03-09', '2026-06-24', true, '2026-12-01 09:18:57.217792+00', '2026-12-01 09:18:57.217792+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (429, 'H0429', 'Havva Ünal', '+90 535 314 30 84', 'İsmail Hakkı Timur Sokak', '23', 'Kemalpaşa Mah.', '["low_salt"]', '', '0101000020E6100000E294B9F946803D407FA0DCB6EF094440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2025-12-24', '2026-09-22', true, '2026-12-01 09:18:57.217793+00', '2026-12-01 09:18:57.217794+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (430, 'H0430', 'Nezihe Şimşek', '+90 549 360 00 12', 'Yücel Sokak', '80', 'Osmaniye Mah.', '["low_salt"]', '5. kat, asansör yok', '0101000020E6100000E7340BB43B803D4046EA3D95D30A4440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 1, '[]', '2025-08-18', '2025-09-23', true, '2026-12-01 09:18:57.217795+00', '2026-12-01 09:18:57.217795+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (431, 'H0431', 'Ahmet Yıldız', '+90 531 254 41 08', 'Elektrik Sokak', '82', 'Cuma Mah.', '[]', '', '0101000020E61000001D007157AF823D40CA1649BBD1094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-11-11', '2026-02-06', true, '2026-12-01 09:18:57.217796+00', '2026-12-01 09:18:57.217797+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (432, 'H0432', 'Muharrem Arslan', '+90 546 905 59 71', 'Türker Sokak', '118', 'Orhaniye Mah.', '[]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E6100000C63368E89F843D400B7F86376B0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-03-20', '2025-05-07', true, '2026-12-01 09:18:57.217798+00', '2026-12-01 09:18:57.217798+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (433, 'H0433', 'Mehmet İnce', '+90 546 200 53 08', 'Bahçeler Sokak', '87', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000122EE411DC803D40FD87F4DBD7094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-05-14', NULL, true, '2026-12-01 09:18:57.217799+00', '2026-12-01 09:18:57.2178+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (434, 'H0434', 'Nermin Şimşek', '+90 537 210 78 90', 'Sadıkzade Sokak', '58', 'Cuma Mah.', '[]', '', '0101000020E6100000B6F63E5585823D407F1475E61E0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-03-16', '2026-04-22', true, '2026-12-01 09:18:57.217801+00', '2026-12-01 09:18:57.217801+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (435, 'H0435', 'Zeynep Uçar', '+90 544 930 57 38', 'Osmanbey Caddesi', '10/C', 'Yenice Mah.', '["low_salt"]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E61000001CB62DCA6C843D40191C25AFCE094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2024-12-22', '2025-01-15', true, '2026-12-01 09:18:57.217802+00', '2026-12-01 09:18:57.217803+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (436, 'H0436', 'Recep Kurt', '+90 552 914 07 83', 'Gelincik Sokak', '83', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000009B1F7F69517F3D4013D55B035B094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2025-04-11', '2025-05-07', true, '2026-12-01 09:18:57.217804+00', '2026-12-01 09:18:57.217804+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (437, 'H0437', 'Ömer Karaca', '+90 552 510 88 93', 'Yeşil Çayır Sokak', '116', 'Kemalpaşa Mah.', '["low_salt"]', '', '0101000020E61000004E7B4ACE89813D4011FE45D098094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-08-01', '2026-11-05', true, '2026-12-01 09:18:57.217805+00', '2026-12-01 09:18:57.217806+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (438, 'H0438', 'Kâzım Kaya', '+90 553 861 09 17', 'Cehver Sokak', '108', 'Orhaniye Mah.', '[]', '2. kat, asansör yok; Bina girişi arka sokaktan', '0101000020E6100000CBD58F4DF2833D409A5C8C81750A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-12-27', '2026-03-13', true, '2026-12-01 09:18:57.21781+00', '2026-12-01 09:18:57.21781+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (439, 'H0439', 'Hayriye Karagöz', '+90 552 471 36 06', 'Açelya Sokak', '61', 'Osmaniye Mah.', '[]', '', '0101000020E6100000D15D126745803D403CC1FEEBDC0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2025-09-02', '2025-09-15', true, '2026-12-01 09:18:57.217811+00', '2026-12-01 09:18:57.217812+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (440, 'H0440', 'Tevfik Keskin', '+90 538 296 05 35', 'Bahçeler Sokak', '29', 'Kemalpaşa Mah.', '["low_salt"]', '', '0101000020E61000008D0B0742B2803D401B1021AE9C094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-02-22', '2026-03-20', true, '2026-12-01 09:18:57.217812+00', '2026-12-01 09:18:57.217813+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (441, 'H0441', 'Ramazan Aslan', '+90 543 409 26 55', 'Dürüst Sokak', '110', 'Osmaniye Mah.', '["diabetic"]', '', '0101000020E6100000C287122D79803D40697407B1330B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2024-12-16', '2025-01-29', true, '2026-12-01 09:18:57.217814+00', '2026-12-01 09:18:57.217815+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (442, 'H0442', 'Şevket Erdem', '+90 535 008 31 33', 'Semih Bey Sokak', '55', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000007B116DC7D4813D407521567F84094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-10-10', '2026-05-20', true, '2026-12-01 09:18:57.217816+00', '2026-12-01 09:18:57.217816+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (443, 'H0443', 'Hasan Polat', '+90 544 709 77 02', 'Keskin Sokak', '108', 'Kemalpaşa Mah.', '["low_salt"]', '', '0101000020E61000000DA837A3E67F3D40BFF38B12F4094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-02-25', '2025-06-05', true, '2026-12-01 09:18:57.217817+00', '2026-12-01 09:18:57.217818+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (444, 'H0444', 'Şevket Koç', '+90 534 783 47 18', 'Mesudiye Caddesi', '63', 'Orhaniye Mah.', '[]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın; Bina girişi arka sokaktan', '0101000020E610000079909E2287843D40912749D74C0A4440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '["carry_inside"]', '2024-08-20', '2024-12-22', true, '2026-12-01 09:18:57.217819+00', '2026-12-01 09:18:57.217819+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (445, 'H0445', 'İlhan Erdem', '+90 535 314 75 82', 'Yeşil Çayır Sokak', '34', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000BB2BBB6070813D40FE0C6FD6E0094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-10-08', '2026-04-07', true, '2026-12-01 09:18:57.21782+00', '2026-12-01 09:18:57.217821+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (446, 'H0446', 'Bekir Uçar', '+90 533 730 36 17', 'Katip Ahmet Efendi', '90', 'Sinanbey Mah.', '[]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E6100000B6BFB33D7A833D4059F78F85E80A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-08-12', NULL, true, '2026-12-01 09:18:57.217822+00', '2026-12-01 09:18:57.217822+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (447, 'H0447', 'Ahmet Polat', '+90 541 381 73 20', 'Cevat Parman Sokak', '48', 'Orhaniye Mah.', '[]', 'Bahçede köpek var, bahçe kapısını kapatın', '0101000020E610000096986725AD843D40EDB776A2240A4440', 'file', NULL, false, 'both', '[1, 3, 5]', 2, '[]', '2026-07-26', '2026-10-18', true, '2026-12-01 09:18:57.217823+00', '2026-12-01 09:18:57.217824+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (448, 'H0448', 'Ümmühan İnce', '+90 507 524 82 18', 'Musa Durmez Sokak', '58', 'Yenice Mah.', '[]', '', '0101000020E610000060AFB0E07E843D405F7D3CF4DD094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-09-28', '2025-11-05', true, '2026-12-01 09:18:57.217825+00', '2026-12-01 09:18:57.217825+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (449, 'H0449', 'Şöhret Savaş', '+90 507 436 22 56', 'Ahıska Sokak', '4', 'Kemalpaşa Mah.', '[]', '3. kat, asansör yok', '0101000020E61000007C8159A1487F3D4059C2DA183B094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-12-07', '2026-07-04', true, '2026-12-01 09:18:57.217826+00', '2026-12-01 09:18:57.217827+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (450, 'H0450', 'Nezihe Şen', '+90 545 356 39 75', 'Şebboy Caddesi', '84/A', 'Osmaniye Mah.', '["diabetic", "vegetarian"]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E610000065E1EB6B5D823D4010069E7B0F0B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-04-07', '2025-10-19', true, '2026-12-01 09:18:57.217828+00', '2026-12-01 09:18:57.217828+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (451, 'H0451', 'Tevfik Şen', '+90 559 692 66 65', 'Pırlanta Sokak', '109', 'Kemalpaşa Mah.', '[]', '2. kat, asansör yok', '0101000020E6100000D9243FE257803D40CB68E4F38A094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-11-17', '2026-03-12', true, '2026-12-01 09:18:57.217829+00', '2026-12-01 09:18:57.217829+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (452, 'H0452', 'Necati Turan', '+90 506 041 71 13', 'Varlık Sokak', '40', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000000DE2033BFE7F3D405C751DAA29094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-03-24', '2026-05-10', true, '2026-12-01 09:18:57.21783+00', '2026-12-01 09:18:57.217831+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (453, 'H0453', 'Mehmet Çelik', '+90 530 803 35 77', 'Sanayi Caddesi', '101', 'Yenice Mah.', '[]', '2. kat, asansör yok', '0101000020E6100000067FBF982D853D40DAE1AFC91A094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-09-08', NULL, true, '2026-12-01 09:18:57.217832+00', '2026-12-01 09:18:57.217832+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (454, 'H0454', 'Gülten Keskin', '+90 545 145 67 04', 'Demircizade Sokak', '81', 'Yenice Mah.', '[]', '4. kat, asansör yok; Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E610000093A8177C9A833D407F6C921FF1094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '["carry_inside"]', '2026-03-30', '2026-07-19', true, '2026-12-01 09:18:57.217833+00', '2026-12-01 09:18:57.217834+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (455, 'H0455', 'Sevim Çiftçi', '+90 553 235 13 96', 'M. Öz Saraç Sokak', '99', 'Osmaniye Mah.', '["low_salt"]', '', '0101000020E6100000E17EC00303803D403CFA5FAE450B4440', 'file', NULL, false, 'breakfast', '[1, 3, 5]', 1, '[]', '2026-09-23', NULL, true, '2026-12-01 09:18:57.217835+00', '2026-12-01 09:18:57.217835+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (456, 'H0456', 'Cengiz Dağlı', '+90 543 548 12 97', 'Baykut Sokak', '3', 'Sinanbey Mah.', '[]', '2. kat, asansör yok', '0101000020E610000032E6AE25E4833D40F88C4468040B4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2026-04-09', '2026-08-18', true, '2026-12-01 09:18:57.217836+00', '2026-12-01 09:18:57.217837+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (457, 'H0457', 'Kâzım Yıldız', '+90 543 918 69 66', 'Gazhane Sokak', '115', 'Osmaniye Mah.', '["soft_food"]', '', '0101000020E61000002367614F3B803D403E22A644120B4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-10-07', '2026-10-22', true, '2026-12-01 09:18:57.217838+00', '2026-12-01 09:18:57.217838+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (458, 'H0458', 'Şöhret Acar', '+90 530 854 28 15', 'Hal Sokak', '23', 'Cuma Mah.', '[]', '5. kat, asansör yok; Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E61000000E83F92B64823D40D97745F0BF094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '["carry_inside"]', '2025-02-14', '2025-07-02', true, '2026-12-01 09:18:57.217839+00', '2026-12-01 09:18:57.21784+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (459, 'H0459', 'Emine Şen', '+90 549 371 26 74', 'Suyolu Caddesi', '72', 'Cuma Mah.', '[]', '', '0101000020E61000003B51121269833D40780AB952CF084440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2026-10-13', '2026-10-28', true, '2026-12-01 09:18:57.21784+00', '2026-12-01 09:18:57.217841+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (460, 'H0460', 'Müzeyyen Yılmaz', '+90 545 941 48 50', 'Kılıç Sokak', '99', 'Yenice Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E6100000965CC5E237853D4026C632FD12094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-04-17', '2026-02-17', true, '2026-12-01 09:18:57.217842+00', '2026-12-01 09:18:57.217842+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (461, 'H0461', 'Şükriye Can', '+90 505 060 85 28', 'Kemalettin Sami Paşa Caddesi', '114', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000F12900C633803D40D1402C9B390A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5]', 1, '[]', '2026-08-20', '2026-09-05', true, '2026-12-01 09:18:57.217843+00', '2026-12-01 09:18:57.217844+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (462, 'H0462', 'Hanife Aslan', '+90 549 641 32 46', 'İsmail Hakkı Timur Sokak', '52', 'Kemalpaşa Mah.', '[]', '', '0101000020E6100000317E1AF7E67F3D40F2D24D62100A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2025-08-27', '2025-09-09', true, '2026-12-01 09:18:57.217845+00', '2026-12-01 09:18:57.217845+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (463, 'H0463', 'Ümmühan Koç', '+90 534 281 81 59', 'Ali Hatipoğlu Sokak', '33', 'Cuma Mah.', '[]', '4. kat, asansör yok', '0101000020E610000007EFAB72A1823D40BD5296218E094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-03-04', '2025-07-31', true, '2026-12-01 09:18:57.217846+00', '2026-12-01 09:18:57.217847+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (464, 'H0464', 'Müzeyyen Karagöz', '+90 542 330 03 58', 'Şemsettin Sokak', '96', 'Osmaniye Mah.', '[]', '', '0101000020E61000008A73D4D171813D40A913D044D80A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-10-11', '2024-12-24', true, '2026-12-01 09:18:57.217847+00', '2026-12-01 09:18:57.217848+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (465, 'H0465', 'Zeynep Erdoğan', '+90 555 465 95 70', 'Kemalettin Sami Paşa Caddesi', '64', 'Osmaniye Mah.', '["diabetic"]', '3. kat, asansör yok', '0101000020E6100000FFEC478AC8803D408DD2A57F490A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2024-12-12', '2025-04-21', true, '2026-12-01 09:18:57.217849+00', '2026-12-01 09:18:57.21785+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (466, 'H0466', 'Mehmet Çetin', '+90 534 147 91 90', 'Camii Sokak', '34', 'Yenice Mah.', '["soft_food"]', '', '0101000020E6100000BC40498105843D40003B376DC6094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 2, '[]', '2025-01-26', '2025-07-10', true, '2026-12-01 09:18:57.21785+00', '2026-12-01 09:18:57.217851+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (467, 'H0467', 'Sevim Şahin', '+90 507 376 17 44', 'Hacı Salih Sokak', '99', 'Osmaniye Mah.', '[]', '', '0101000020E61000000667F0F78B813D40B0C56E9F550A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-12-02', '2026-01-01', true, '2026-12-01 09:18:57.217852+00', '2026-12-01 09:18:57.217852+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (468, 'H0468', 'Türkan Doğan', '+90 551 255 84 91', 'Burgaz Sokak', '49', 'Yenice Mah.', '[]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E610000001F9122A38843D40F6ED2422FC094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 2, '["carry_inside"]', '2024-08-04', '2025-02-23', true, '2026-12-01 09:18:57.217853+00', '2026-12-01 09:18:57.217854+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (469, 'H0469', 'Ayşe Can', '+90 554 996 46 63', 'Doruk Sokak', '23', 'Osmaniye Mah.', '[]', '', '0101000020E6100000554E7B4ACE813D4097A8DE1AD80A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2026-09-20', NULL, true, '2026-12-01 09:18:57.217855+00', '2026-12-01 09:18:57.217855+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (470, 'H0470', 'Ali Altıntaş', '+90 533 576 40 30', 'Ahıska Sokak', '103', 'Kemalpaşa Mah.', '[]', '', '0101000020E61000007903CC7C077F3D406DE690D442094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-09-19', '2025-10-02', true, '2026-12-01 09:18:57.217856+00', '2026-12-01 09:18:57.217857+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (471, 'H0471', 'İbrahim Erdoğan', '+90 542 828 84 16', 'Necip Efendi Çıkmazı Sokak', '88', 'Yenice Mah.', '[]', '', '0101000020E61000009415C3D501843D40467BBC900E094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-10-15', NULL, true, '2026-12-01 09:18:57.217857+00', '2026-12-01 09:18:57.217858+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (472, 'H0472', 'Hayri Oğuz', '+90 533 586 91 87', 'Çağlayan Sokak', '25', 'Cuma Mah.', '["low_salt"]', '', '0101000020E610000069ACFD9DED813D4096B20C71AC094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2025-05-21', '2025-09-25', true, '2026-12-01 09:18:57.217859+00', '2026-12-01 09:18:57.21786+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (473, 'H0473', 'Osman Erdem', '+90 532 013 97 63', 'Osmanbey Caddesi', '58', 'Yenice Mah.', '[]', '', '0101000020E610000045662E7079843D40DC63E943170A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-07-23', '2025-09-30', true, '2026-12-01 09:18:57.21786+00', '2026-12-01 09:18:57.217861+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (474, 'H0474', 'Fatma Şahin', '+90 546 052 82 49', 'Zade Emin Sokak', '104/B', 'Kemalpaşa Mah.', '["diabetic"]', '', '0101000020E610000074CFBA46CB813D4084D9041896094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2024-09-09', '2024-10-05', true, '2026-12-01 09:18:57.217862+00', '2026-12-01 09:18:57.217862+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (475, 'H0475', 'Hanife Güneş', '+90 559 919 33 04', 'Şebboy Caddesi', '49', 'Osmaniye Mah.', '[]', '4. kat, asansör yok', '0101000020E6100000024A438D42823D4081E84999D40A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2025-12-09', '2026-01-08', true, '2026-12-01 09:18:57.217863+00', '2026-12-01 09:18:57.217863+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (476, 'H0476', 'Sevim Kahraman', '+90 536 017 48 20', 'Yeşil Çayır Sokak', '52', 'Cuma Mah.', '["low_salt"]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın; Bina girişi arka sokaktan', '0101000020E61000007FF964C570813D40E4310395F1094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2026-05-18', '2026-08-27', true, '2026-12-01 09:18:57.217864+00', '2026-12-01 09:18:57.217865+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (477, 'H0477', 'Türkan Yıldırım', '+90 533 325 68 95', 'Nazif Sokak', '118', 'Sinanbey Mah.', '["diabetic"]', 'İşitme güçlüğü var, kapıyı uzun çalın', '0101000020E6100000D34CF73AA9833D402507EC6AF20A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '[]', '2025-08-20', '2025-10-18', true, '2026-12-01 09:18:57.217866+00', '2026-12-01 09:18:57.217866+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (478, 'H0478', 'Rıza Kaplan', '+90 543 234 27 23', 'Yüksel Sokak', '19', 'Orhaniye Mah.', '["diabetic"]', '', '0101000020E61000000266BE839F843D4052B7B3AF3C0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-05-31', '2025-10-27', true, '2026-12-01 09:18:57.217867+00', '2026-12-01 09:18:57.217868+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (479, 'H0479', 'Zöhre Bulut', '+90 543 760 14 54', 'Kanal Sokak', '110/C', 'Osmaniye Mah.', '[]', '2. kat, asansör yok', '0101000020E610000085950A2AAA823D40FEEDB25F770A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 1, '[]', '2025-02-23', '2025-03-16', true, '2026-12-01 09:18:57.217868+00', '2026-12-01 09:18:57.217869+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (480, 'H0480', 'Hayriye Bayram', '+90 539 848 98 20', 'Şark Sokak', '36', 'Osmaniye Mah.', '["vegetarian"]', 'Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın', '0101000020E6100000B8CA13083B813D40A8AB3B16DB0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 2, '["carry_inside"]', '2025-05-07', '2025-10-13', true, '2026-12-01 09:18:57.21787+00', '2026-12-01 09:18:57.217873+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (481, 'H0481', 'Türkan Çiftçi', '+90 551 891 15 58', 'Açelya Sokak', '1', 'Osmaniye Mah.', '[]', '5. kat, asansör yok', '0101000020E610000081936DE00E803D40EFC517EDF10A4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6]', 2, '[]', '2026-03-07', '2026-11-18', true, '2026-12-01 09:18:57.217874+00', '2026-12-01 09:18:57.217874+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (482, 'H0482', 'Recep Polat', '+90 549 686 88 51', 'Başaran Sokak', '105', 'Kemalpaşa Mah.', '[]', '3. kat, asansör yok', '0101000020E6100000D3A23EC91D823D4095F430B43A094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-02-04', '2025-07-14', true, '2026-12-01 09:18:57.217875+00', '2026-12-01 09:18:57.217875+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (483, 'H0483', 'Nezihe Savaş', '+90 549 295 22 05', 'Hal Sokak', '51/A', 'Cuma Mah.', '["low_salt"]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın; Kapı zili çalışmıyor, telefonla arayın', '0101000020E6100000E1606F6248823D40A0E1CD1ABC094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '["carry_inside"]', '2026-08-31', '2026-09-24', true, '2026-12-01 09:18:57.217876+00', '2026-12-01 09:18:57.217877+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (484, 'H0484', 'Gülten Tekin', '+90 541 660 37 18', 'M. Öz Saraç Sokak', '77', 'Osmaniye Mah.', '[]', '', '0101000020E61000006B82A8FB00803D40A818E76F420B4440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 2, '[]', '2024-09-03', '2024-11-23', true, '2026-12-01 09:18:57.217878+00', '2026-12-01 09:18:57.217878+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (485, 'H0485', 'Sabri Ateş', '+90 549 489 86 03', 'Büyükdere Sokak', '37', 'Osmaniye Mah.', '[]', '', '0101000020E61000005FECBDF8A2813D40B935E9B6440A4440', 'file', NULL, false, 'dinner', '[1, 3, 5]', 1, '[]', '2024-11-28', '2025-05-14', true, '2026-12-01 09:18:57.217879+00', '2026-12-01 09:18:57.217879+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (486, 'H0486', 'Nuri Can', '+90 537 347 55 82', 'Suyolu Caddesi', '92', 'Yenice Mah.', '[]', '', '0101000020E61000008FAA2688BA833D402785798F33094440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-01-09', '2025-05-22', true, '2026-12-01 09:18:57.21788+00', '2026-12-01 09:18:57.217881+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (487, 'H0487', 'Gülsüm Korkmaz', '+90 506 697 82 96', 'Ahıska Sokak', '95', 'Kemalpaşa Mah.', '[]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E61000003C86C77E167F3D40CD565EF23F094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2025-06-05', '2025-07-06', true, '2026-12-01 09:18:57.217881+00', '2026-12-01 09:18:57.217882+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (488, 'H0488', 'Nermin Kara', '+90 506 582 56 31', 'Cehver Sokak', '4', 'Orhaniye Mah.', '["diabetic"]', '', '0101000020E6100000A2B60DA320843D40BB6246787B0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-07-21', '2026-08-26', true, '2026-12-01 09:18:57.217883+00', '2026-12-01 09:18:57.217883+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (489, 'H0489', 'Ramazan Savaş', '+90 559 556 69 81', 'Büyükdere Sokak', '42', 'Osmaniye Mah.', '["low_salt"]', 'Kapı zili çalışmıyor, telefonla arayın', '0101000020E6100000ADDA3521AD813D40810706103E0A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6, 7]', 1, '[]', '2026-03-03', '2026-06-11', true, '2026-12-01 09:18:57.217884+00', '2026-12-01 09:18:57.217885+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (490, 'H0490', 'Hayriye Çiftçi', '+90 544 453 08 32', 'İbrahim Şenbel Sokak', '74', 'Yenice Mah.', '["diabetic"]', '', '0101000020E61000002B508BC1C3843D4072A8DF85AD094440', 'file', NULL, false, 'both', '[1, 2, 3, 4, 5]', 2, '[]', '2025-01-05', '2025-01-31', true, '2026-12-01 09:18:57.217885+00', '2026-12-01 09:18:57.217886+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (491, 'H0491', 'Hayriye Ünal', '+90 552 116 64 48', 'Şark Sokak', '49', 'Osmaniye Mah.', '[]', '', '0101000020E61000002EAA454431813D40C70F9546CC0A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-09-02', NULL, true, '2026-12-01 09:18:57.217887+00', '2026-12-01 09:18:57.217887+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (492, 'H0492', 'Süleyman Aktaş', '+90 555 236 47 96', 'Camii Sokak', '13', 'Yenice Mah.', '["diabetic"]', 'Evde yoksa yemeği üst kattaki komşuya bırakın', '0101000020E61000006F4BE48233843D402E910BCEE0094440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2026-04-17', '2026-05-01', true, '2026-12-01 09:18:57.217888+00', '2026-12-01 09:18:57.217889+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (493, 'H0493', 'Ümit Kılıç', '+90 501 825 24 42', 'Hacı Salih Sokak', '50', 'Osmaniye Mah.', '[]', 'Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın', '0101000020E61000003602F1BA7E813D4051DA1B7C610A4440', 'file', NULL, false, 'breakfast', '[1, 2, 3, 4, 5]', 1, '["carry_inside"]', '2025-11-28', '2025-12-28', true, '2026-12-01 09:18:57.21789+00', '2026-12-01 09:18:57.21789+00', 1);
INSERT INTO sofra_4d2dda9.households VALUES (494, 'H0494', 'Şevket Ateş', '+90 501 068 95 99', 'Ceylan Sokak', '87', 'Osmaniye Mah.', '["low_salt"]', '4. kat, asansör yok; Bina girişi arka sokaktan', '0101000020E6100000D714C8EC2C823D40C2A4F8F8840A4440', 'file', NULL, false, 'dinner', '[1, 2, 3, 4, 5, 6]', 1, '[]', '2025-10-10', '2025-12-04', true, '2026-12-01 09:18:57.217891+00', '2026-12-01 09:18:57.217891+00', 1);


--
-- Data for Name: kitchens; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.kitchens VALUES (1, 'MERKEZ', 'İnegöl Belediyesi Merkez Mutfağı (Ek Hizmet Binası)', '0101000020E61000000B2769FE98823D40AD31E884D0094440', true);


--
-- Data for Name: one_offs; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--



--
-- Data for Name: plans; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.plans VALUES (1, '2026-11-25', 'breakfast', 1, 'draft', '2026-12-01 09:19:04.641114+00', 'dispatcher', '{"stats": {"notes": ["pool: 3 trips routed, 0 did not fit the vans", "polish: kept the plan"], "engine": "auto", "runtime_s": 0.9757959170000277, "trips_routed": 3}, "routes": [{"trips": [{"load": [19], "visits": [{"ride_s": 86, "start_s": 25200, "stop_id": "H0168", "arrival_s": 25200, "waiting_s": 0, "load_after": [18], "departure_s": 25380}, {"ride_s": 320, "start_s": 25434, "stop_id": "H0109", "arrival_s": 25434, "waiting_s": 0, "load_after": [17], "departure_s": 25614}, {"ride_s": 533, "start_s": 25647, "stop_id": "H0201", "arrival_s": 25647, "waiting_s": 0, "load_after": [15], "departure_s": 25827}, {"ride_s": 751, "start_s": 25865, "stop_id": "H0240", "arrival_s": 25865, "waiting_s": 0, "load_after": [14], "departure_s": 26045}, {"ride_s": 964, "start_s": 26078, "stop_id": "H0251", "arrival_s": 26078, "waiting_s": 0, "load_after": [13], "departure_s": 26258}, {"ride_s": 1195, "start_s": 26309, "stop_id": "H0446", "arrival_s": 26309, "waiting_s": 0, "load_after": [12], "departure_s": 26489}, {"ride_s": 1426, "start_s": 26540, "stop_id": "H0099", "arrival_s": 26540, "waiting_s": 0, "load_after": [10], "departure_s": 26720}, {"ride_s": 1612, "start_s": 26726, "stop_id": "H0411", "arrival_s": 26726, "waiting_s": 0, "load_after": [8], "departure_s": 26906}, {"ride_s": 1863, "start_s": 26977, "stop_id": "H0469", "arrival_s": 26977, "waiting_s": 0, "load_after": [7], "departure_s": 27157}, {"ride_s": 2076, "start_s": 27190, "stop_id": "H0491", "arrival_s": 27190, "waiting_s": 0, "load_after": [6], "departure_s": 27370}, {"ride_s": 2263, "start_s": 27377, "stop_id": "H0378", "arrival_s": 27377, "waiting_s": 0, "load_after": [5], "departure_s": 27557}, {"ride_s": 2492, "start_s": 27606, "stop_id": "H0005", "arrival_s": 27606, "waiting_s": 0, "load_after": [4], "departure_s": 27786}, {"ride_s": 2708, "start_s": 27822, "stop_id": "H0455", "arrival_s": 27822, "waiting_s": 0, "load_after": [3], "departure_s": 28002}, {"ride_s": 2967, "start_s": 28081, "stop_id": "H0078", "arrival_s": 28081, "waiting_s": 0, "load_after": [2], "departure_s": 28261}, {"ride_s": 3192, "start_s": 28306, "stop_id": "H0150", "arrival_s": 28306, "waiting_s": 0, "load_after": [1], "departure_s": 28486}, {"ride_s": 3427, "start_s": 28541, "stop_id": "H0359", "arrival_s": 28541, "waiting_s": 0, "load_after": [0], "departure_s": 28721}], "depot_id": "kitchen", "return_s": 28771, "driving_s": 777, "distance_m": 7626, "departure_s": 25114, "return_depot_id": "kitchen"}], "driving_s": 777, "working_s": 3657, "distance_m": 7626, "vehicle_id": "V1/D1"}, {"trips": [{"load": [11], "visits": [{"ride_s": 60, "start_s": 25200, "stop_id": "H0279", "arrival_s": 25200, "waiting_s": 0, "load_after": [10], "departure_s": 25380}, {"ride_s": 341, "start_s": 25481, "stop_id": "H0453", "arrival_s": 25481, "waiting_s": 0, "load_after": [8], "departure_s": 25661}, {"ride_s": 570, "start_s": 25710, "stop_id": "H0155", "arrival_s": 25710, "waiting_s": 0, "load_after": [7], "departure_s": 25890}, {"ride_s": 763, "start_s": 25903, "stop_id": "H0471", "arrival_s": 25903, "waiting_s": 0, "load_after": [6], "departure_s": 26083}, {"ride_s": 955, "start_s": 26095, "stop_id": "H0392", "arrival_s": 26095, "waiting_s": 0, "load_after": [5], "departure_s": 26275}, {"ride_s": 1198, "start_s": 26338, "stop_id": "H0051", "arrival_s": 26338, "waiting_s": 0, "load_after": [4], "departure_s": 26518}, {"ride_s": 1391, "start_s": 26531, "stop_id": "H0360", "arrival_s": 26531, "waiting_s": 0, "load_after": [2], "departure_s": 26711}, {"ride_s": 1612, "start_s": 26752, "stop_id": "H0303", "arrival_s": 26752, "waiting_s": 0, "load_after": [0], "departure_s": 26932}], "depot_id": "kitchen", "return_s": 27009, "driving_s": 429, "distance_m": 4247, "departure_s": 25140, "return_depot_id": "kitchen"}], "driving_s": 429, "working_s": 1869, "distance_m": 4247, "vehicle_id": "V2/D2"}, {"trips": [{"load": [14], "visits": [{"ride_s": 60, "start_s": 25200, "stop_id": "H0238", "arrival_s": 25200, "waiting_s": 0, "load_after": [13], "departure_s": 25380}, {"ride_s": 301, "start_s": 25441, "stop_id": "H0164", "arrival_s": 25441, "waiting_s": 0, "load_after": [12], "departure_s": 25621}, {"ride_s": 497, "start_s": 25637, "stop_id": "H0193", "arrival_s": 25637, "waiting_s": 0, "load_after": [11], "departure_s": 25817}, {"ride_s": 711, "start_s": 25851, "stop_id": "H0243", "arrival_s": 25851, "waiting_s": 0, "load_after": [10], "departure_s": 26031}, {"ride_s": 916, "start_s": 26056, "stop_id": "H0146", "arrival_s": 26056, "waiting_s": 0, "load_after": [8], "departure_s": 26236}, {"ride_s": 1191, "start_s": 26331, "stop_id": "H0022", "arrival_s": 26331, "waiting_s": 0, "load_after": [7], "departure_s": 26511}, {"ride_s": 1473, "start_s": 26613, "stop_id": "H0269", "arrival_s": 26613, "waiting_s": 0, "load_after": [6], "departure_s": 26793}, {"ride_s": 1730, "start_s": 26870, "stop_id": "H0108", "arrival_s": 26870, "waiting_s": 0, "load_after": [4], "departure_s": 27050}, {"ride_s": 1939, "start_s": 27079, "stop_id": "H0248", "arrival_s": 27079, "waiting_s": 0, "load_after": [3], "departure_s": 27259}, {"ride_s": 2135, "start_s": 27275, "stop_id": "H0246", "arrival_s": 27275, "waiting_s": 0, "load_after": [2], "departure_s": 27455}, {"ride_s": 2332, "start_s": 27472, "stop_id": "H0366", "arrival_s": 27472, "waiting_s": 0, "load_after": [1], "departure_s": 27652}, {"ride_s": 2524, "start_s": 27664, "stop_id": "H0267", "arrival_s": 27664, "waiting_s": 0, "load_after": [0], "departure_s": 27844}], "depot_id": "kitchen", "return_s": 27891, "driving_s": 591, "distance_m": 5301, "departure_s": 25140, "return_depot_id": "kitchen"}], "driving_s": 591, "working_s": 2751, "distance_m": 5301, "vehicle_id": "V3/D3"}], "unserved": [], "driving_s": 1797, "objective": 1797, "working_s": 8277, "distance_m": 17174}', '{"crews": 4, "engine": "auto", "served": 36, "solve_s": 0.98, "unserved": 0, "driving_s": 1797, "working_s": 8277, "distance_m": 17174, "max_ride_s": 3427, "violations": [], "routes_used": 3, "ride_limit_s": 3600, "households_due": 36, "same_driver_share": null}', '{}');
INSERT INTO sofra_4d2dda9.plans VALUES (2, '2026-11-25', 'dinner', 1, 'draft', '2026-12-01 09:19:05.83649+00', 'dispatcher', '{"stats": {"notes": ["pool: 2 trips routed, 0 did not fit the vans", "polish: kept the plan"], "engine": "auto", "runtime_s": 0.9613300310001023, "trips_routed": 2}, "routes": [{"trips": [{"load": [19], "visits": [{"ride_s": 60, "start_s": 61200, "stop_id": "H0352", "arrival_s": 61200, "waiting_s": 0, "load_after": [18], "departure_s": 61380}, {"ride_s": 378, "start_s": 61518, "stop_id": "H0155", "arrival_s": 61518, "waiting_s": 0, "load_after": [17], "departure_s": 61698}, {"ride_s": 571, "start_s": 61711, "stop_id": "H0471", "arrival_s": 61711, "waiting_s": 0, "load_after": [16], "departure_s": 61891}, {"ride_s": 763, "start_s": 61903, "stop_id": "H0392", "arrival_s": 61903, "waiting_s": 0, "load_after": [15], "departure_s": 62083}, {"ride_s": 1006, "start_s": 62146, "stop_id": "H0051", "arrival_s": 62146, "waiting_s": 0, "load_after": [14], "departure_s": 62326}, {"ride_s": 1194, "start_s": 62334, "stop_id": "H0012", "arrival_s": 62334, "waiting_s": 0, "load_after": [13], "departure_s": 62514}, {"ride_s": 1379, "start_s": 62519, "stop_id": "H0360", "arrival_s": 62519, "waiting_s": 0, "load_after": [11], "departure_s": 62699}, {"ride_s": 1610, "start_s": 62750, "stop_id": "H0406", "arrival_s": 62750, "waiting_s": 0, "load_after": [9], "departure_s": 62930}, {"ride_s": 1817, "start_s": 62957, "stop_id": "H0179", "arrival_s": 62957, "waiting_s": 0, "load_after": [7], "departure_s": 63137}, {"ride_s": 2029, "start_s": 63169, "stop_id": "H0331", "arrival_s": 63169, "waiting_s": 0, "load_after": [6], "departure_s": 63349}, {"ride_s": 2236, "start_s": 63376, "stop_id": "H0251", "arrival_s": 63376, "waiting_s": 0, "load_after": [5], "departure_s": 63556}, {"ride_s": 2467, "start_s": 63607, "stop_id": "H0446", "arrival_s": 63607, "waiting_s": 0, "load_after": [4], "departure_s": 63787}, {"ride_s": 2691, "start_s": 63831, "stop_id": "H0158", "arrival_s": 63831, "waiting_s": 0, "load_after": [3], "departure_s": 64011}, {"ride_s": 2882, "start_s": 64022, "stop_id": "H0240", "arrival_s": 64022, "waiting_s": 0, "load_after": [2], "departure_s": 64202}, {"ride_s": 3080, "start_s": 64220, "stop_id": "H0306", "arrival_s": 64220, "waiting_s": 0, "load_after": [1], "departure_s": 64400}, {"ride_s": 3298, "start_s": 64438, "stop_id": "H0168", "arrival_s": 64438, "waiting_s": 0, "load_after": [0], "departure_s": 64618}], "depot_id": "kitchen", "return_s": 64689, "driving_s": 669, "distance_m": 6527, "departure_s": 61140, "return_depot_id": "kitchen"}], "driving_s": 669, "working_s": 3549, "distance_m": 6527, "vehicle_id": "V1/D3"}, {"trips": [{"load": [19], "visits": [{"ride_s": 47, "start_s": 61200, "stop_id": "H0366", "arrival_s": 61200, "waiting_s": 0, "load_after": [18], "departure_s": 61380}, {"ride_s": 244, "start_s": 61397, "stop_id": "H0246", "arrival_s": 61397, "waiting_s": 0, "load_after": [17], "departure_s": 61577}, {"ride_s": 440, "start_s": 61593, "stop_id": "H0248", "arrival_s": 61593, "waiting_s": 0, "load_after": [16], "departure_s": 61773}, {"ride_s": 649, "start_s": 61802, "stop_id": "H0108", "arrival_s": 61802, "waiting_s": 0, "load_after": [14], "departure_s": 61982}, {"ride_s": 855, "start_s": 62008, "stop_id": "H0272", "arrival_s": 62008, "waiting_s": 0, "load_after": [12], "departure_s": 62188}, {"ride_s": 1109, "start_s": 62262, "stop_id": "H0022", "arrival_s": 62262, "waiting_s": 0, "load_after": [11], "departure_s": 62442}, {"ride_s": 1370, "start_s": 62523, "stop_id": "H0421", "arrival_s": 62523, "waiting_s": 0, "load_after": [10], "departure_s": 62703}, {"ride_s": 1581, "start_s": 62734, "stop_id": "H0394", "arrival_s": 62734, "waiting_s": 0, "load_after": [9], "departure_s": 62914}, {"ride_s": 1823, "start_s": 62976, "stop_id": "H0433", "arrival_s": 62976, "waiting_s": 0, "load_after": [7], "departure_s": 63156}, {"ride_s": 2053, "start_s": 63206, "stop_id": "H0243", "arrival_s": 63206, "waiting_s": 0, "load_after": [6], "departure_s": 63386}, {"ride_s": 2255, "start_s": 63408, "stop_id": "H0164", "arrival_s": 63408, "waiting_s": 0, "load_after": [5], "departure_s": 63588}, {"ride_s": 2451, "start_s": 63604, "stop_id": "H0193", "arrival_s": 63604, "waiting_s": 0, "load_after": [4], "departure_s": 63784}, {"ride_s": 2693, "start_s": 63846, "stop_id": "H0078", "arrival_s": 63846, "waiting_s": 0, "load_after": [3], "departure_s": 64026}, {"ride_s": 2932, "start_s": 64085, "stop_id": "H0469", "arrival_s": 64085, "waiting_s": 0, "load_after": [2], "departure_s": 64265}, {"ride_s": 3178, "start_s": 64331, "stop_id": "H0163", "arrival_s": 64331, "waiting_s": 0, "load_after": [0], "departure_s": 64511}], "depot_id": "kitchen", "return_s": 64580, "driving_s": 727, "distance_m": 7006, "departure_s": 61153, "return_depot_id": "kitchen"}], "driving_s": 727, "working_s": 3427, "distance_m": 7006, "vehicle_id": "V3/D5"}], "unserved": [], "driving_s": 1396, "objective": 1396, "working_s": 6976, "distance_m": 13533}', '{"crews": 4, "engine": "auto", "served": 31, "solve_s": 0.96, "unserved": 0, "driving_s": 1396, "working_s": 6976, "distance_m": 13533, "max_ride_s": 3298, "violations": [], "routes_used": 2, "ride_limit_s": 3600, "households_due": 31, "same_driver_share": null}', '{}');


--
-- Data for Name: routes; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.routes VALUES (1, 1, 1, 'V1/D1', 1, 1, '0102000020E61000001A010000B16E9C8E7B823D40840E8FF0CE0944409A79724D81823D40929D6D24BF094440FA97A432C5823D404F548039C409444029363003DF823D40072CB98AC509444068D196CEE2823D4024FDACE8C50944407779DF9D21833D4043959A3DD0094440EFB2BA302D833D4081644BA0D20944408AEA52C83A833D409880046AD60944407595496826833D40FCEC9117E30944402397EE6426833D40AD71EC8FE6094440DB5ABADD26833D40121DB8B9E70944408698A66329833D40C73E6DF9ED094440734122122A833D402B3AED84F209444015F131B32A833D40BD5DE5BFF60944405B9DF75A2B833D4002542756FC094440DCDF34D82F833D40032159C0040A44406163A8D436833D404E362F98090A44406849360D40833D40D39700570D0A44400685419946833D405CB75219100A4440AD4B32175D833D40303A6A96150A4440851DB57867833D4099B0A2AB190A44406939D0436D833D40800640811C0A4440A167B3EA73833D40741E04D31F0A444077DD11047E833D409BB91B9F240A444031D230218B833D406693686E2A0A44407CF07FEC9A833D40C9827813320A444046F46BEBA7833D40609D2ADF330A44408A49134ABA833D4091436914370A4440D9695A18D8833D400B53A5773B0A44407FAEC78ED7833D40224DBC033C0A44407620EBA9D5833D409316D3F13D0A44402D0318E0CC833D402AD1ED80460A4440B8A2DE9DC6833D4068DCE56C4B0A4440AE34DF77C2833D400FD99B734B0A44406C98FCAAB7833D40B0D062844B0A444092B3EC7EB0833D400EA48B4C440A4440BA7482ECAB833D409E769DB23F0A4440CA82D3CCA4833D4097EC33C2360A444058378364A6833D40502C0142350A444046F46BEBA7833D40609D2ADF330A44408A49134ABA833D4091436914370A4440D9695A18D8833D400B53A5773B0A4440E860472DDE833D4057045A153C0A444008CC9E5FEF833D40AC2A8FC93D0A44404AA4C8B5FC833D408782BE993D0A4440E93C748B0A843D40A56D57433D0A44408C44B29135843D4011244AD63C0A4440C80FF0FF3E843D40113EEF213C0A444028350FBB4A843D40DB8651103C0A444023A12DE752843D401EBE96A13B0A44400635D7C45D843D404DEC46C4390A4440672A1FDD63843D4024FD07A2380A444023BB1CC06C843D409A7B5924370A4440AEFBC74274843D40FC1301F3350A4440F63878CB7A843D4013FAAAA6350A4440F5B006DE7F843D40C71AE4E4340A4440C365BA7C90843D40D9498E85320A44406CD4F9A69F843D4082380F27300A4440A4085F4EBF843D40D8BEDB172B0A444087270527EC843D40D5479682240A44409195044DF0843D40225BA7DB230A44407BEF5EA406853D403676E4A3200A4440C7AF0E362B853D40EB4CA1F31A0A44408CA3175A42853D40A6DA5D56170A4440CB74203248853D40A3E1DC7D1F0A44408CA3175A42853D40A6DA5D56170A4440C7AF0E362B853D40EB4CA1F31A0A44407BEF5EA406853D403676E4A3200A44409195044DF0843D40225BA7DB230A444087270527EC843D40D5479682240A4440A4085F4EBF843D40D8BEDB172B0A44406CD4F9A69F843D4082380F27300A4440467EA257A8843D40CC55E2F0380A4440A3F66C67A9843D4075E9BA4B3D0A444075BA87DFA8843D40027E8D24410A44405D6A847EA6843D408AF9032F440A4440BE3676E4A3843D40CA6C9049460A44408A29ECFDA1843D40A0E7AAD4470A44408B766FE19C843D402508041C4B0A44409586753E97843D40DE76A1B94E0A4440CA8D7D2480843D4029CBB50D480A44400B96EA025E843D40130F289B720A4440B99A86F24F843D405109F42E830A4440DE7CD92C4D843D4061687572860A44408921DEDF45843D401C9D4E0D8F0A4440127CBB3138843D40D85284F48F0A44408921DEDF45843D401C9D4E0D8F0A444026BB88A537843D407E3FEBD09F0A444077D844662E843D40C50ECFB7AA0A4440C8433A973D843D40C7EC2C7AA70A4440AE179EF243843D40DB8530C8A70A4440143AAFB14B843D40FD219111AB0A4440CB0EF10F5B843D40B6007ED7B10A44405F5E807D74843D40516C6006BE0A4440F7164BD986843D40EBC4D62CC00A44405F5E807D74843D40516C6006BE0A4440112F3EBB32843D4031C04F66CD0A444097BE219E36843D402F38DE78D20A4440CACFA1670E843D40396A9615D40A44408FD9FE3ADC833D40A576757DD50A44409D7FBBECD7833D4028277F9CD50A44404530B374AA833D40330983D7D30A44408182E6CEA7833D40FC1763BBD60A44408011D9AC9F833D400ECE4CD5E20A4440735D9D0887833D400F30A990E10A4440C171A6D87B833D401FA00134E10A44408E0134A550833D40D95031CEDF0A444071777BB548833D403A22DFA5D40A444002A02F6244833D408FD08547D10A4440A11EEC5E38833D40807577F8C60A44402DD21FF532833D40C1E78711C20A44403232B7312C833D4053A6E210BB0A4440A541C01028833D406637E96CB70A444089C4F30824833D40508BC1C3B40A4440C5E2DCCB22833D4086A4BB90B30A444066C6360422833D40104647CDB20A4440CC07A98020833D4097017855B10A444087D7E4DF1D833D4083F92B64AE0A44404CB1FE2A1B833D4067AA7180AA0A4440C4CDF3F11A833D40D50A783EA80A4440DAE1AFC91A833D40B79BE09BA60A44409EF7109E1A833D40C5CBD3B9A20A44402937401F1B833D40A80650429F0A44407087E17E1B833D401D28017B960A4440C856E1E01C833D40E10ED4298F0A44403EDF60B9EF823D40583101648D0A44402245AEE5DF823D404C9DEC0B8D0A4440A1F60082DE823D407DF9AE528B0A4440C078D6BADE823D406428A53A830A44403B45FDE4DE823D405C82E7397D0A4440F2C28CDFCA823D403CB1F3DB7C0A44409FE953A6C9823D40650F5BD37C0A4440F1715C7CC0823D40A795F8927C0A44408BC5CAC39D823D40BEFFA03F7E0A444087DDC199A9823D4002964B998A0A444088B663EAAE823D400974DCDF8F0A44404FAD6301B8823D4053F30B65970A444004268117C7823D40BB6B09F9A00A4440B4C189E8D7823D404991C6B2AA0A4440BD40FFF3EA823D40666B3304B60A44404354E1CFF0823D40F94674CFBA0A4440234E27D9EA823D4029B16B7BBB0A444014E7A8A3E3823D408E00135DBC0A44407CB207FFC7823D40AA894F4BBD0A4440F8B880E1A6823D40AA27F38FBE0A4440C04E56B19D823D40AADF3B20BF0A44405349AEAC7E823D40F8A45D96C00A4440C0CE4D9B71823D401A057756C10A4440F74663A362823D402B0E0CC5C20A44400E66136058823D4012C60556C40A44409C4D918D51823D40D5D52EB7C50A444006A85FD850823D40DC4AAFCDC60A44404F74023F4F823D408D93C2BCC70A4440AF9C18ED4C823D40A5BBEB6CC80A4440A9FFBD254A823D40718E84C7C80A4440E6F5CC3747823D401D9029C4C80A44405FD67A7544823D4017010462C80A4440E4784F2F42823D40805BD2ACC70A4440CD3CB9A640823D40E8548DB9C60A44402BC0779B37823D4064F2727DC40A44405AAB2CC02D823D40E275B3F5C20A44405CCE00721D823D403D23111AC10A4440742CEFAA07823D4080FE3163C00A4440DAF2DB210F823D40144B8050CD0A4440E5D06C6814823D4044F7F6F8CE0A444022318B9AF9813D40CA02DCE2D00A44405566EF31FD813D40D82D138FD50A4440EEBE7016D0813D4096332E84DA0A44403C84F1D3B8813D40F92D9512DD0A44402347DF49B0813D406BE0FDA7D10A44400A3E1757A6813D402403E55BC40A444076EB90F69A813D40CA411A5FC50A4440527CC6CF90813D409314B3B9C50A444056E8CDF286813D403CE3569CC50A4440A649CE2E84813D40D1741B79C50A4440CB8CB7955E813D40A8ED7085C10A4440B35E0CE544813D40B0FECF61BE0A44407C084F8D3C813D40AC025A5FC90A4440AD787EAC3B813D40D9F68777CA0A4440967032BB38813D4002220E23CE0A44404DECC4E430813D404E5C058CCC0A4440967032BB38813D4002220E23CE0A4440EEA64A4A30813D40EF6371A4D80A4440ACA34F502F813D400E49D2DAD90A4440CA4C69FD2D813D407EB6C480DB0A4440D690AA932D813D40029D1315DC0A4440CEA090532A813D401C261AA4E00A44408E4DE1F725813D40E85B8BBBE60A4440EED11BEE23813D40B86F5A95E90A4440D9A1F54B1F813D40F5E4AB2EF10A44405B10806E1E813D40D7DF6D39F20A4440F3CD91F018813D40A3CD27E1F80A44409E5E29CB10813D40C46B4DA9010B4440AAE408BE0E813D409FD1B1DE030B4440C3734A9B05813D40222F10A90E0B4440CE0D976604813D40CD588F56100B4440E5F8FC8BFB803D4058B5A4A31C0B444053A7F22CF7803D40F3041D08240B44401DAED51EF6803D40099167F2280B4440B88C4061F5803D401CC35213330B4440C8FF2E7DF9803D409E6230DA3E0B44409F6C14A3F8803D4078EA364D440B4440D9449DE9D9803D402BAEF1E1430B4440A4E47A8093803D40B5DA0DEC420B444009FE124C90803D404CC972124A0B4440675A626534803D404C112A82490B4440E67EDAEF02803D403CFAAA5A490B444010B4A789E37F3D4085719241490B44407FDF1A33E47F3D40760360973C0B4440570449E9E37F3D40837B0A25380B444023872DE2E07F3D40717731282E0B44405FD9603CDE7F3D40AF79B020280B4440F15D3931DA7F3D40DBF698A3220B4440A12B11A8FE7F3D4097676F3A130B4440D16BFD3E2D803D40C385F2F4000B444015A930B610803D40EEFB2603F60A44408146448C32803D402B792B01E70A444075841D1032803D4055E3A59BC40A44400AE2975533803D40D79EA39FBA0A4440ECFC361F32803D4052A5660FB40A44401620C0D831803D40845550ACAE0A4440FE87050830803D40A0377062A30A44401977FD0D30803D401CB750C49A0A4440A684BB0E30803D40764DEDB1990A44406B3EF89A2F803D4008342262940A4440410812256B803D40184BEC35980A4440F0FF3E3E7C803D406AE7EA7D990A44403EA6FFF686803D40586254089A0A44402104E44BA8803D402D0B81B79B0A4440BDA19520C8803D40C1AA7AF99D0A4440F51F2D29D2803D40E4D64922A00A4440FD4575DFD6803D408929ECFDA10A44403D80457EFD803D400D118134AD0A44403C98B9652C813D40937A05589A0A4440F98557923C813D40440A54B5930A44408CAF87403F813D404A9FB18A920A44408F0C288A46813D408034AD5E8F0A4440F581E49D43813D40779263A18C0A4440741FCA6141813D40609E84888A0A4440FFB8C4633A813D4084B2D4127C0A4440741FCA6141813D40609E84888A0A4440F581E49D43813D40779263A18C0A44408F0C288A46813D408034AD5E8F0A44403727405E59813D40EACF7EA4880A4440FC6200F26F813D4097D6DF12800A44405A8528BA89813D4039D8518B770A4440F4BCC05197813D407DBFE2BA730A4440927D46D8A6813D400168EFE76F0A44401C199AA1A7813D4020819AB56F0A4440944A7842AF813D40C0F462CD6D0A4440210725CCB4813D40FACBDD9D6B0A4440AB1CFFAAC8813D404E52AA8E660A4440C783E3E8E0813D408C261763600A444001A7D2AAF1813D40728D2A1E720A4440D6B1A5A20C823D404FC3B7B06E0A4440D57D5B0B0E823D40A3BBDA40700A444063C3899E4A823D40BE49D3A0680A4440F2B4FCC055823D407DBCA13A670A4440C785032159823D4012D89C83670A44407367CB5E5B823D403161D971680A444000C056AE5C823D40E9CEB815670A44408D18E2FD5D823D40D8C523A7650A4440FF2FE8CE5D823D40AA61646E630A44405D6127B55B823D405DE07C97610A444038BDE6B056823D40DCFDE0325D0A4440C0266BD443823D40CE93217D490A444020F6532D33823D401496D3F94B0A4440CC44B69844823D4001AE64C7460A4440E9D1F99573823D40293E3E213B0A44405488EC2873823D40A536CC2B320A44405A8DDB1E73823D407CD7FBE82F0A44407E4F519A72823D400B552069260A44409CB0B3D771823D40CE8F1A6E1B0A4440C036E2C96E823D40627C3D04FA094440BB8D171C6F823D4021C1F979F809444002AA6EE470823D401BC1C6F5EF094440192EBCDC71823D4015A06D35EB094440E470E65773823D40B94DB857E60944405FBAA4C574823D401563AAAAE109444028DDF18178823D40F5CABC55D70944402D0ABB287A823D4068508FC8D2094440B16E9C8E7B823D40840E8FF0CE094440', 25114, 28771, 777, 7626, 3657);
INSERT INTO sofra_4d2dda9.routes VALUES (2, 1, 2, 'V2/D2', 2, 2, '0102000020E610000089000000B16E9C8E7B823D40840E8FF0CE0944409A79724D81823D40929D6D24BF09444023D6879A8D823D40FFA1050DA20944402A4C84B295823D40688412C193094440D43549E29B823D40EB4B80AB860944402B4190CD9F823D40E080E03B7B094440DFF76F5E9C823D405206B3AE760944407168DB7A97823D402943C1317009444069AA27F38F823D40224B8B9F6B09444051126D228E823D40B11F18F66A09444010B34DE08C823D40C3A4AE6B6A094440ED6CD96B8B823D40652CE45B690944404357C7968A823D40ED9F5D7468094440DD9156218A823D4011D89C8367094440141BE20E8A823D404E52AA8E660944400D7217618A823D40B34B659B6509444077989B148B823D405401ADAF64094440009013268C823D40DA6F37D263094440005CC98E8D823D4026553607630944404C7D0F4D8F823D40FDEF2D51620944406F7BCC5191823D40C07B58B961094440F0DDE68D93823D4033373A4261094440AE2AA0F595823D40A5202EEF60094440D6D127A897823D4040B7E1C1600944405A294EFFA3823D40A91CA4F155094440BECEE1B5A6823D40298C779153094440CEDDAE97A6823D40CA41BFA552094440EE4A81BBA2823D40930D5AFE320944401355AEA6A1823D402BBD361B2B094440B480BF4EA0823D40CEE04AD12509444081A77FFF9C823D40DB5DB1D018094440C72EF603C3823D40AC89607715094440216D3131D5823D40928461DD13094440BCB20B06D7823D40E2EA11B41309444071E07AB9F4823D40387F130A110944404D3EE2FCF2823D40E2CD757522094440D921FE614B833D40EEA309CA230944408CCC6D0C4B833D4035CCD07822094440D4BC885BAA833D406748707E1E09444037F28AF1AB833D40371B3C5D270944408F8BC5CAC3833D40FEE8E5C1270944404A449D5ECE833D40F1683E42280944405864E025DD833D40D31B49DD290944407852BA4FE9833D406CC031152C0944401F39888CFD833D408E70FF3630094440D6242EB6FF833D400AE0D2D62D094440C836BA9404843D405F6067542A094440ED0D19EA0B843D402E1796E4250944408F0E59EE16843D40F234F4AA29094440089964E42C843D40C542BE95360944405B44149337843D40E29FADDE3C09444048BD4CB967843D40850B790437094440F3B281CF6A843D403BBBD7A4360944407369577C9E843D40A4F44C2F31094440A66906A7F4843D405171773128094440D38D0B62FB843D40AA8E667627094440B9D9BB8432853D408A12CF7821094440D38D0B62FB843D40AA8E667627094440A66906A7F4843D4051717731280944407369577C9E843D40A4F44C2F31094440943545DB8C843D4089A251CB200944404FFC07477F843D4043D9A557140944408560B0766F843D404A3DB088060944407C1A8B016D843D407B0F3C6304094440FC3FE2B265843D40E82DC32401094440343D72B55F843D4051A236BBFF084440632827DA55843D40BF8C73E5FD0844406C8F28FE39843D406EC89AECFA0844402417ADED37843D4097276B2FFD084440F4C9A11C35843D40B1C1182200094440A787B20122843D4078341F2114094440FD7D10131E843D40B226BB3E180944405BF7BC90FD833D4062B4E31E15094440FD7D10131E843D40B226BB3E18094440CFDD095119843D407F9EAB521F0944401B0A44F410843D40D0D2156C23094440CEBEBC2601843D404D7BBEA9210944401B0A44F410843D40D0D2156C23094440ED0D19EA0B843D402E1796E4250944408F0E59EE16843D40F234F4AA29094440089964E42C843D40C542BE95360944405B44149337843D40E29FADDE3C094440230B3D073B843D40C001D2A34E094440FFB858AC3C843D4034B8F7BA5609444039F3AB3940843D40B2452D2867094440790A140C42843D406BA818E76F0944406D98A1F144843D4042F861CE7D0944406517B1F446843D4005F6E2D583094440CF8DE9094B843D4069D839179009444044D2B8814C843D4055F943D895094440A2EE5E494D843D4047B5E3E19809444024E9E45652843D4013D4F02DAC094440E72620DC53843D40A5C39ED1B109444033141C0357843D406EADE584BF094440AF5DDA7058843D4065D8CD31C5094440CCE6165F59843D405D1D5B2ACA0944403EB95CB34B843D405EADC909C90944408BE88D4935843D407699AB30C7094440E974252D2F843D406ED81FB0C60944405C16B8E11C843D40A699492FC5094440488A6DF717843D4025BCA9EDCB094440499462EC29843D4070F32103D4094440F2B7F66B1A843D40ABDDE4D6D8094440139447DC08843D402950D54EDE0944404E41237DFF833D407156FABFD9094440CAE88024EC833D40DC877258D009444089F1F510E8833D408C05195CCE0944401FC5EF5CCE833D400C57BDB2C1094440DDB7FF6DBB833D401E6B4606B9094440625DCB1AAB833D40803EECE0BB094440AAE628F686833D403B162532BD094440687E90C07A833D4080FBF0E2B3094440A906DA646C833D40B8D90EE9A8094440BBB2B04C64833D402E0CFDB8A209444089BD06335C833D40FF594E9DA2094440565458045A833D404E25A886A2094440DAE2BFE556833D40DFACC1FBAA094440C3222B6453833D401F717E79B7094440A38C028E4E833D404EB0A481C4094440F7065F984C833D406AD14C41C80944409659CEEF45833D40901E752ACF0944408AEA52C83A833D409880046AD6094440EFB2BA302D833D4081644BA0D20944407779DF9D21833D4043959A3DD009444068D196CEE2823D4024FDACE8C509444029363003DF823D40072CB98AC5094440FA97A432C5823D404F548039C40944405B83F755B9823D40B00793E2E3094440812CFAF9A5823D40596721A6E9094440BB8D171C6F823D4021C1F979F809444002AA6EE470823D401BC1C6F5EF094440192EBCDC71823D4015A06D35EB094440E470E65773823D40B94DB857E60944405FBAA4C574823D401563AAAAE109444028DDF18178823D40F5CABC55D70944402D0ABB287A823D4068508FC8D2094440B16E9C8E7B823D40840E8FF0CE094440', 25140, 27009, 429, 4247, 1869);
INSERT INTO sofra_4d2dda9.routes VALUES (3, 1, 3, 'V3/D3', 3, 3, '0102000020E6100000BC000000B16E9C8E7B823D40840E8FF0CE0944409A79724D81823D40929D6D24BF09444013FEFB427E823D4068C29BDABE09444080D0C4854D823D40230ED940BA094440E22428D945823D40B02F2306CB094440BDC5C37B0E823D409442C5DDC50944400FC41E7F0E823D402A1609B7C6094440FEF50A0BEE813D401DDE18A7C6094440E1B4858CEC813D4031557AB7C30944407DFB84FDE8813D408FB9D7EEC30944400F46915ACD813D40549BEE2BC50944404A8C54CECD813D409DD1EA3FC60944405AFCB7DCAA813D40DA8C2ECAC70944408FA1AD94AF813D4012BB1171CE0944406530EB6A97813D40E777ABF8D0094440EB5A311290813D40ED8ACF53D3094440DBFD2AC077813D40F1B16087D6094440CACBF47A6C813D40862994EED7094440B75D0DF560813D406CC7D45DD909444075AAC65C63813D40E88E5951DE09444065B84B2C3A813D40778588E5E0094440F3FEE49425813D4052D77F42E20944400F9E094D12813D40A4E9471EE30944403EE8D9ACFA803D40F1B4A107E3094440DF8E705AF0803D40CD5F7C2CD809444045E9C193CC803D405872158BDF0944400E779A71BF803D40F71BEDB8E1094440B862DA92B0803D4056606D31E40944400B078C3F9B803D408E5841C2E6094440CD83054191803D40E24A2CDFE9094440D92846F185803D408FAE2D97E8094440FE356ACF76803D4028397183EB094440BFC74F9951803D4044B00518F1094440AC89AA0430803D40826D0E21F8094440FDE2AD4E29803D40DF41FD78F909444059EA89E71D803D4028A99F70FC094440D33DA18D12803D40728DCF64FF09444074D7C86427803D4065CBF275190A44401AB3E2CF2D803D4095EAA2441F0A444074D7C86427803D4065CBF275190A4440D33DA18D12803D40728DCF64FF0944408C40AB8207803D40E0C67773020A44405DA21FB2ED7F3D4030D5CC5A0A0A4440835E132DD47F3D4043413A86110A44408687490DDB7F3D40BEB9E1CDFD094440A1585D3DDD7F3D401D7A8B87F70944409960DD1DBE7F3D409A739593F5094440DE7536E49F7F3D406C6BFAA2F3094440801FC484877F3D407E384888F20944406C1DF40C917F3D406D9BFCE1DB094440260516C0947F3D4010A96917D30944401A9128B4AC7F3D4093B5977ED3094440C5EBFA05BB7F3D40D58A8054D409444082F0FCFDBD7F3D40CCF79D70C00944400707D6CCB57F3D401B39C1EDBF094440D926158DB57F3D40A9F523EAAA094440EE395563AE7F3D40C460FE0A990944405E50DF32A77F3D40B66114048F0944407F283D78927F3D40D2D8A89894094440E844CC36817F3D40DBB639DF99094440F4F285DA807F3D40C817FE1D9B094440B47FF9BF7E7F3D402C1FEE8F9C0944403E479A2E7A7F3D401FB3B3E89D09444086A3AB74777F3D4002C81A3F9E094440FB7E6ABC747F3D40C2AA7AF99D094440D780ADB7727F3D40805FC88F9D094440B43A3943717F3D40E7CE4C309C094440FBE6FEEA717F3D40168733BF9A094440CA0E3B9D757F3D40D39DDD10990944400A1A33897A7F3D4099CDE3309809444026C9CE36927F3D406DF195E590094440CF53782BA67F3D4040C758B78B094440A3FE1FCC927F3D40C591BD9470094440B9DD150B8D7F3D40F0F6C54A71094440B61BD8857A7F3D400CE4D9E55B0944403DC21F34717F3D4048DFA46950094440620B8B9B647F3D4069A55A5540094440B2135E82537F3D40DA1EBDE13E094440DF1F33EB2B7F3D4057A3C5BD3D094440B2135E82537F3D40DA1EBDE13E094440620B8B9B647F3D4069A55A55400944402917748C757F3D4073875E903E0944403B3BBE62B27F3D40A386808D35094440DCA39295BA7F3D4008D6276F360944402BC65455C37F3D402B082F0B37094440A5486359D57F3D406C1F97DD3809444051114CDAF97F3D4087403F9D3C094440A51820D104803D4034FA2C2A3D094440FE6F912001803D40CCFFF51B3709444087F9F202EC7F3D403743160E29094440D7E1E82ADD7F3D407AE7AB3F1D0944402F74362E2D803D4097D1C8E7150944402E7D433C6D803D403394C95F100944408978904369803D4090392A920A094440E7FB4E3860803D40EE7431170209444034A48AE255803D40C895D5CFF60844405E57827B54803D40E63EEF7CF5084440CE8DE9094B803D408D74AB8CEB0844404FFBF72A43803D4044CDA156E20844402E48E98832803D409A92ACC3D108444063A81EC429803D40158B3ACEC8084440D483DD0B27803D40AD9E3825C5084440857588241F803D40B07AD168BC08444081BC68B317803D4082E136DEB4084440857588241F803D40B07AD168BC084440D483DD0B27803D40AD9E3825C508444063A81EC429803D40158B3ACEC80844402E48E98832803D409A92ACC3D10844404FFBF72A43803D4044CDA156E2084440CE8DE9094B803D408D74AB8CEB0844405E57827B54803D40E63EEF7CF508444034A48AE255803D40C895D5CFF6084440E7FB4E3860803D40EE743117020944408978904369803D4090392A920A0944402E7D433C6D803D403394C95F1009444071B504CF73803D400A44AA83170944402028B7ED7B803D40EF9B0CD81F0944402ACA00AB7E803D405A74A1A82209444074D3669C86803D40DD95B8E92A094440903CC6CB89803D40C99C1D5F310944408A038D3E8B803D40BB163E6C3309444068D201A491803D40543431B8410944405D806C4892803D40B2FCAF2946094440FD2F7CE992803D409305A7994909444038D263A593803D40BF5DF6EB4E094440FB0F9F2A95803D4011EE844D530944407B6649809A803D40E6D2F885570944402A154328A5803D400A1AE9FB5F09444019ABCDFFAB803D405D68F86063094440B982B751AE803D40154669256309444077CF70B9B0803D402783482B63094440462BF702B3803D40921F9672630944409D0E643DB5803D400E55E707640944404F3DD2E0B6803D40FE2B75DA6409444073CBFDC4B7803D40A66F99D365094440EA4317D4B7803D4060EBADDC660944408B27710CB7803D40F5EC03DA670944401AE8908AB5803D40A10216AF6809444058F20C75B3803D40EFB3CA4C69094440F8AD8CFCB0803D40F947DFA469094440B37DC85BAE803D408802C7AF69094440B44181D2AB803D400524AB6C6909444033DF6696A9803D40586ABDDF680944405D363AE7A7803D40668E40176809444037DD578A89803D406B798AC168094440962D48E988803D408ED6AC8E77094440C1F4AC5A88803D40925F9A7D79094440C2841B3A87803D40BFF16BDA7B094440B1310ADD80803D40315F5E807D094440429605137F803D4078BEB04687094440D792550E81803D400A5E8B48870944402D0840378F803D40EF36CA5587094440DC9D5A22BC803D40D8220E7E870944409FB4CB12F8803D405CDF878384094440B51C435B29813D4077F97BCE82094440DC7177FE28813D404651EACC88094440B51C435B29813D4077F97BCE82094440999C7F6033813D407ED058A082094440250FFA884E813D401106F934820944404D06369D53813D40F9F13C5D820944404ADAE8F758813D405E899BAE820944407BE3FFE961813D4068EF9DE282094440B05543B27D813D402621F9BC84094440A03CE24680813D40B66C08E98409444001BE254A8C813D408DE7227486094440163F7C4F9B813D4067391AD187094440088552C59E813D404E53701D880944408B0453CDAC813D40F691A5208909444061C26856B6813D40D53043E3890944401C5FD61FBC813D403DAEFCE88A09444079126CB7B8813D40B17F434D99094440FB383F6AB8813D40DA9C94939A0944401DE86197B7813D40C6A1168B9C0944405A1822A7AF813D4004ECB47FAF09444063809FCC9A813D408D177728AF0944403BE1FF7898813D401C4159CFAB09444063809FCC9A813D408D177728AF0944405A1822A7AF813D4004ECB47FAF094440CA491751C9813D40C8CDCBBCB0094440F97A08F4D3813D405E8DA2BDB0094440A254675A07823D4066564A2AAE0944407D7214200A823D40C124010FB1094440CFD4905D0E823D4092F9916CBF094440BDC5C37B0E823D409442C5DDC5094440E22428D945823D40B02F2306CB0944401E577E7445823D409ED89EB4CB0944402D0ABB287A823D4068508FC8D2094440B16E9C8E7B823D40840E8FF0CE094440', 25140, 27891, 591, 5301, 2751);
INSERT INTO sofra_4d2dda9.routes VALUES (4, 2, 1, 'V1/D3', 1, 3, '0102000020E6100000EB000000B16E9C8E7B823D40840E8FF0CE0944409A79724D81823D40929D6D24BF09444023D6879A8D823D40FFA1050DA20944402A4C84B295823D40688412C193094440D43549E29B823D40EB4B80AB860944402B4190CD9F823D40E080E03B7B094440DFF76F5E9C823D405206B3AE760944407168DB7A97823D402943C1317009444069AA27F38F823D40224B8B9F6B09444051126D228E823D40B11F18F66A09444010B34DE08C823D40C3A4AE6B6A094440ED6CD96B8B823D40652CE45B690944404357C7968A823D40ED9F5D7468094440DD9156218A823D4011D89C8367094440141BE20E8A823D404E52AA8E660944400D7217618A823D40B34B659B6509444077989B148B823D405401ADAF64094440009013268C823D40DA6F37D263094440005CC98E8D823D4026553607630944404C7D0F4D8F823D40FDEF2D51620944406F7BCC5191823D40C07B58B961094440F0DDE68D93823D4033373A4261094440AE2AA0F595823D40A5202EEF60094440D6D127A897823D4040B7E1C1600944405E30B8E68E823D40FE57C27F5F094440DFE57D7786823D407F07509D580944406306CF296D823D400C688E5143094440CA3F44B467823D40F8CD0E023C0944403563D1B81B823D4079C5967E3C094440CA3F44B467823D40F8CD0E023C0944406306CF296D823D400C688E5143094440DFE57D7786823D407F07509D580944405E30B8E68E823D40FE57C27F5F094440D6D127A897823D4040B7E1C1600944405700F84C9B823D40EBB886BE60094440DA1A5B199E823D40E5E1A9EC6009444044C5DDC5A0823D406FF3C64961094440768AB03CA3823D405D6E30D4610944408374B169A5823D409E15078662094440C28B193CA7823D40DFEAEF5B630944402DDA77A0A9823D40856BA45B6509444068203B14AA823D409C1D047866094440742A1900AA823D40720EE8966709444026796462A9823D40C881C3B0680944400FF5166AA8823D40BE8B529D6909444015E69887A7823D40FF603B736A0944405AAEC8F9AC823D40A65DF1796A0944408DC756E1E0823D40C4488A236A0944406BF57A9C0E833D40F92D3A596A0944401B07A8BA91833D40E38F47156A0944408EAF986C97833D40BFD94180670944404118D3A7B0833D40E73B09B65B094440B8F589F2BB833D40EA1F9FEB56094440DD3C7A68C4833D40B8EA3A545309444006680014C8833D40FAB1EEC451094440F98381E7DE833D40638742154809444012094BE1E6833D405B75673744094440A5822FF1EC833D40D82CF2464109444011B22C98F8833D407F3AD4A5350944401F39888CFD833D408E70FF3630094440D6242EB6FF833D400AE0D2D62D094440C836BA9404843D405F6067542A094440ED0D19EA0B843D402E1796E4250944408F0E59EE16843D40F234F4AA29094440089964E42C843D40C542BE95360944405B44149337843D40E29FADDE3C09444048BD4CB967843D40850B790437094440F3B281CF6A843D403BBBD7A4360944407369577C9E843D40A4F44C2F31094440943545DB8C843D4089A251CB200944404FFC07477F843D4043D9A557140944408560B0766F843D404A3DB088060944407C1A8B016D843D407B0F3C6304094440FC3FE2B265843D40E82DC32401094440343D72B55F843D4051A236BBFF084440632827DA55843D40BF8C73E5FD0844406C8F28FE39843D406EC89AECFA0844402417ADED37843D4097276B2FFD084440F4C9A11C35843D40B1C1182200094440A787B20122843D4078341F2114094440FD7D10131E843D40B226BB3E180944405BF7BC90FD833D4062B4E31E15094440FD7D10131E843D40B226BB3E18094440CFDD095119843D407F9EAB521F0944401B0A44F410843D40D0D2156C23094440CEBEBC2601843D404D7BBEA9210944401B0A44F410843D40D0D2156C23094440ED0D19EA0B843D402E1796E4250944408F0E59EE16843D40F234F4AA29094440089964E42C843D40C542BE95360944405B44149337843D40E29FADDE3C094440230B3D073B843D40C001D2A34E094440FFB858AC3C843D4034B8F7BA5609444039F3AB3940843D40B2452D2867094440790A140C42843D406BA818E76F0944406D98A1F144843D4042F861CE7D0944406517B1F446843D4005F6E2D583094440CF8DE9094B843D4069D839179009444044D2B8814C843D4055F943D895094440A2EE5E494D843D4047B5E3E19809444024E9E45652843D4013D4F02DAC094440E72620DC53843D40A5C39ED1B109444033141C0357843D406EADE584BF094440AF5DDA7058843D4065D8CD31C5094440CCE6165F59843D405D1D5B2ACA0944403EB95CB34B843D405EADC909C90944408BE88D4935843D407699AB30C7094440E974252D2F843D406ED81FB0C60944405C16B8E11C843D40A699492FC5094440488A6DF717843D4025BCA9EDCB0944402EC9438E20843D4063238BCBCF094440499462EC29843D4070F32103D4094440F2B7F66B1A843D40ABDDE4D6D8094440139447DC08843D402950D54EDE09444031E939330B843D40E7FEEA71DF094440E5D9E55B1F843D401245926AE9094440FCDFB65B37843D4005589A4AF50944402F979EFA51843D40E7559DD5020A44404DCD2F945D843D4047BB760E0A0A44401EAE30D868843D4080A1A245110A4440522B4CDF6B843D4033558BE31B0A444004464DAA6C843D40A937FE9F1E0A44403F58C6866E843D405DB5D727250A444008E3A7716F843D40447B061E290A4440D3591C846F843D40431372EF2B0A44404942C7B370843D404135142D2F0A4440FC5CC87E71843D409904148F300A444047DA328573843D406E6589CE320A4440230C4D2377843D4045847F11340A44401CFBED467A843D4063DFA9DB340A4440F5B006DE7F843D40C71AE4E4340A4440C365BA7C90843D40D9498E85320A44406CD4F9A69F843D4082380F27300A4440467EA257A8843D40CC55E2F0380A4440A3F66C67A9843D4075E9BA4B3D0A4440C0ACED43A9843D407EC2F94C3E0A444075BA87DFA8843D40027E8D24410A44405D6A847EA6843D408AF9032F440A4440BE3676E4A3843D40CA6C9049460A44408A29ECFDA1843D40A0E7AAD4470A44409586753E97843D40DE76A1B94E0A44407DF6B75F99843D40292856574F0A44405508F53E9F843D40A1C84917510A44400C9EF820BA843D4046A7E7DD580A44407783C366DB843D409FFB613A630A4440C9D27023C2843D403E1C8C4F790A4440BF141E34BB843D402AB05B5F7F0A4440F61DB237E7843D408B1B6D0B850A44409D26D824E4843D401F28017B960A4440B8FA56900B853D403DD11A28950A4440A32FCE2912853D40F04284C99E0A4440B93F170D19853D40976EC8F5A50A4440FDC0406710853D400413B7DCA70A444032B32A1D07853D409876C5E7A90A4440EBE97EA9FA843D4089E4750EAF0A4440DAB9C4ECC0843D40ACF424FAC60A4440F7164BD986843D40EBC4D62CC00A44405F5E807D74843D40516C6006BE0A4440112F3EBB32843D4031C04F66CD0A444097BE219E36843D402F38DE78D20A4440CACFA1670E843D40396A9615D40A44408FD9FE3ADC833D40A576757DD50A44409D7FBBECD7833D4028277F9CD50A44404530B374AA833D40330983D7D30A44408182E6CEA7833D40FC1763BBD60A44408011D9AC9F833D400ECE4CD5E20A4440735D9D0887833D400F30A990E10A4440C171A6D87B833D401FA00134E10A4440735D9D0887833D400F30A990E10A44408011D9AC9F833D400ECE4CD5E20A44408182E6CEA7833D40FC1763BBD60A44404530B374AA833D40330983D7D30A4440DB6F48FEBB833D403E99DAADC00A444009FCE1E7BF833D40F33B4D66BC0A4440E9F3ACFFCE833D40C91BBB9FAE0A44406381AFE8D6833D40498B8E3FAC0A4440819A5AB6D6833D40FA88A93EA10A444000C92A5BDA833D40C3CBD3B9A20A4440B7C83D5DDD833D4033AF8FF3A30A4440B27F9E060C843D40DC0429C2970A4440FFA6CA150F843D400A865567990A4440B27F9E060C843D40DC0429C2970A44400B12DBDD03843D40CB35165E930A4440482355CA21843D40C7AC286F910A4440127CBB3138843D40D85284F48F0A44408921DEDF45843D401C9D4E0D8F0A4440DE7CD92C4D843D4061687572860A4440B99A86F24F843D405109F42E830A44400B96EA025E843D40130F289B720A444060A4723B64843D401C87B8D96A0A44400B96EA025E843D40130F289B720A4440CCAC4AC741843D4056F6B8CA6E0A4440C2493F8633843D40143B75406D0A4440232D95B723843D40C214408C6B0A44404B49206F03843D40A51B727D690A4440FAE29C22D1833D4001A9F2E2690A4440A2C3E85ECC833D4066E42CEC690A444009FCE1E7BF833D404557337C550A44404149264CBD833D40B6C260A3510A44406C98FCAAB7833D40B0D062844B0A444092B3EC7EB0833D400EA48B4C440A4440BA7482ECAB833D409E769DB23F0A4440CA82D3CCA4833D4097EC33C2360A4440851B3A877C833D4075A4FACE2F0A4440D96F37D263833D40559808652B0A44402F698CD651833D40D3ABB7BC280A44401C50CAFF3F833D40F3B62D25260A44405ABADD2637833D405E11FC6F250A44409E7818A42A833D40062857C2240A4440BC6070CD1D833D40D05C4CD8230A444000EFD3A70B833D4046EF0A33230A44400E1C8645FB823D408EE3874A230A4440B00AD462F0823D4096449B88230A4440E5E60AA5E5823D404517E5E3240A444075CAFED4D3823D40D455CBE7260A44404A2DEF05C1823D40300ADD802A0A4440D185FD439F823D4039F6A22C320A44400B719B5F83823D40CD98DDEE400A4440EAFA4F487C823D4097F5ACB5410A4440EEFEC23C75823D40BF5AB56B420A444000FA224674823D404B92E7FA3E0A4440E9D1F99573823D40293E3E213B0A44405488EC2873823D40A536CC2B320A44405A8DDB1E73823D407CD7FBE82F0A44407E4F519A72823D400B552069260A44409CB0B3D771823D40CE8F1A6E1B0A4440C036E2C96E823D40627C3D04FA094440BB8D171C6F823D4021C1F979F809444002AA6EE470823D401BC1C6F5EF094440192EBCDC71823D4015A06D35EB094440E470E65773823D40B94DB857E60944405FBAA4C574823D401563AAAAE109444028DDF18178823D40F5CABC55D70944402D0ABB287A823D4068508FC8D2094440B16E9C8E7B823D40840E8FF0CE094440', 61140, 64689, 669, 6527, 3549);
INSERT INTO sofra_4d2dda9.routes VALUES (5, 2, 2, 'V3/D5', 3, 5, '0102000020E6100000F4000000B16E9C8E7B823D40840E8FF0CE0944409A79724D81823D40929D6D24BF09444013FEFB427E823D4068C29BDABE09444080D0C4854D823D40230ED940BA09444037514B732B823D4037FB03E5B6094440EA3180A614823D40A48F543AB30944409BDB734F0D823D407096372CB20944407D7214200A823D40C124010FB1094440A254675A07823D4066564A2AAE094440F97A08F4D3813D405E8DA2BDB0094440CA491751C9813D40C8CDCBBCB00944405A1822A7AF813D4004ECB47FAF0944401DE86197B7813D40C6A1168B9C094440FB383F6AB8813D40DA9C94939A09444079126CB7B8813D40B17F434D990944401C5FD61FBC813D403DAEFCE88A09444061C26856B6813D40D53043E3890944408B0453CDAC813D40F691A52089094440088552C59E813D404E53701D88094440163F7C4F9B813D4067391AD18709444001BE254A8C813D408DE7227486094440A03CE24680813D40B66C08E984094440B05543B27D813D402621F9BC840944407BE3FFE961813D4068EF9DE2820944404ADAE8F758813D405E899BAE820944404D06369D53813D40F9F13C5D82094440250FFA884E813D401106F93482094440999C7F6033813D407ED058A082094440B51C435B29813D4077F97BCE82094440DC7177FE28813D404651EACC88094440B51C435B29813D4077F97BCE820944409FB4CB12F8803D405CDF878384094440DC9D5A22BC803D40D8220E7E870944402D0840378F803D40EF36CA5587094440D792550E81803D400A5E8B4887094440429605137F803D4078BEB046870944401541ADB36B803D40AAA4A9F9850944403F6F2A5261803D40E51EB70485094440112DC3C947803D4028428FBD83094440F2CDDB7D33803D407C74345882094440B0F5B12726803D40A5DF748181094440F9C3CF7F0F803D40C18A53AD8509444044C82F7205803D40D75020A2870944404E243DB1F37F3D407C0D1C2B8C09444032EC3026FD7F3D405D30B8E68E094440EE4C576600803D40E136AEDA900944409C07156000803D407969F43E91094440EE4C576600803D40E136AEDA9009444032EC3026FD7F3D405D30B8E68E0944404E243DB1F37F3D407C0D1C2B8C09444089FCE9F5DD7F3D4094FBC2D08F094440FC720B02D07F3D4069A7E672830944405E50DF32A77F3D40B66114048F0944407F283D78927F3D40D2D8A89894094440E844CC36817F3D40DBB639DF99094440F4F285DA807F3D40C817FE1D9B094440B47FF9BF7E7F3D402C1FEE8F9C0944403E479A2E7A7F3D401FB3B3E89D09444086A3AB74777F3D4002C81A3F9E094440FB7E6ABC747F3D40C2AA7AF99D094440D780ADB7727F3D40805FC88F9D094440B43A3943717F3D40E7CE4C309C094440FBE6FEEA717F3D40168733BF9A094440CA0E3B9D757F3D40D39DDD10990944400A1A33897A7F3D4099CDE3309809444026C9CE36927F3D406DF195E590094440CF53782BA67F3D4040C758B78B094440A3FE1FCC927F3D40C591BD9470094440B9DD150B8D7F3D40F0F6C54A71094440B61BD8857A7F3D400CE4D9E55B0944403DC21F34717F3D4048DFA46950094440620B8B9B647F3D4069A55A5540094440B2135E82537F3D40DA1EBDE13E094440DF1F33EB2B7F3D4057A3C5BD3D094440B2135E82537F3D40DA1EBDE13E094440620B8B9B647F3D4069A55A55400944402917748C757F3D4073875E903E0944403B3BBE62B27F3D40A386808D35094440DCA39295BA7F3D4008D6276F360944402BC65455C37F3D402B082F0B37094440A5486359D57F3D406C1F97DD3809444051114CDAF97F3D4087403F9D3C094440A51820D104803D4034FA2C2A3D094440FE6F912001803D40CCFFF51B3709444087F9F202EC7F3D403743160E29094440D7E1E82ADD7F3D407AE7AB3F1D0944402F74362E2D803D4097D1C8E7150944402E7D433C6D803D403394C95F100944408978904369803D4090392A920A094440E7FB4E3860803D40EE7431170209444004AEAD3F56803D40CFEF7935F7084440E7FB4E3860803D40EE743117020944408978904369803D4090392A920A0944402E7D433C6D803D403394C95F1009444071B504CF73803D400A44AA83170944402028B7ED7B803D40EF9B0CD81F0944402ACA00AB7E803D405A74A1A82209444074D3669C86803D40DD95B8E92A094440903CC6CB89803D40C99C1D5F310944408A038D3E8B803D40BB163E6C3309444068D201A491803D40543431B8410944405D806C4892803D40B2FCAF2946094440FD2F7CE992803D409305A7994909444038D263A593803D40BF5DF6EB4E094440488070F080803D4070BD37FF5009444038D263A593803D40BF5DF6EB4E094440FB0F9F2A95803D4011EE844D530944407B6649809A803D40E6D2F885570944402A154328A5803D400A1AE9FB5F09444019ABCDFFAB803D405D68F86063094440B982B751AE803D40154669256309444077CF70B9B0803D402783482B63094440462BF702B3803D40921F9672630944409D0E643DB5803D400E55E707640944404F3DD2E0B6803D40FE2B75DA6409444073CBFDC4B7803D40A66F99D365094440EA4317D4B7803D4060EBADDC660944408B27710CB7803D40F5EC03DA670944401AE8908AB5803D40A10216AF68094440EB63F492B5803D40F87DEEBA6D09444057629E95B4803D40010CCB9F6F0944400FB6D8EDB3803D40D18F2B9A73094440FD5E549CB4803D40E8F9D3467509444025E6FE8FB8803D4095664EF27E094440DC9D5A22BC803D40D8220E7E87094440F53691F4C4803D40AEF199EC9F09444017719582C9803D40F4F68CE9AE0944402CC198E3CB803D4045C99A47B40944400E2CEC0ECE803D40B951AE3ABC0944408DF22785D4803D40567F8461C0094440D93B48F4D7803D406654CF38C3094440714A8AD9DC803D40F344C659C70944404B703491E3803D4020CB27D0CC094440DF8E705AF0803D40CD5F7C2CD8094440033611F1E0803D40A3983259DB09444045E9C193CC803D405872158BDF0944400E779A71BF803D40F71BEDB8E1094440B862DA92B0803D4056606D31E40944400B078C3F9B803D408E5841C2E6094440CD83054191803D40E24A2CDFE9094440D92846F185803D408FAE2D97E8094440B971304047803D40804DE7D4DF0944400722D5C10B803D403DE1DBAADA094440E8723914F47F3D4027A54522D9094440785E2A36E67F3D407F80B56AD709444057804AF0E17F3D40509E7939EC094440A1585D3DDD7F3D401D7A8B87F70944408687490DDB7F3D40BEB9E1CDFD094440835E132DD47F3D4043413A86110A44405DA21FB2ED7F3D4030D5CC5A0A0A44408C40AB8207803D40E0C67773020A4440D33DA18D12803D40728DCF64FF09444059EA89E71D803D4028A99F70FC094440D33DA18D12803D40728DCF64FF09444074D7C86427803D4065CBF275190A44401AB3E2CF2D803D4095EAA2441F0A4440954D147C2E803D40BE1770E01F0A4440D9A5B2CD32803D40F53E9F12210A4440684EF27E37803D4078A7F1C1210A4440104C24873E803D406A836E8A220A4440A762635E47803D40A2206750230A444078A801DE5D803D408E53196B240A444019E6046D72803D409A9F7653250A4440C086962B72803D4084BA48A12C0A44407EF32C5272803D40718B9E002F0A4440EFEA556474803D400A38842A350A4440DEB42AD379803D40CA72C8BC440A444077FFB34181803D406CC6B315450A444093185F0F81803D409ABD22AE520A44403558DD8F80803D401E3B5E375B0A44401D786B4F7F803D40E9CBC122750A44403D35F2D47E803D40D396DF0E790A444062E3FA777D803D40B04D74A7850A4440F0FF3E3E7C803D406AE7EA7D990A4440410812256B803D40184BEC35980A44406B3EF89A2F803D4008342262940A4440A684BB0E30803D40764DEDB1990A44401977FD0D30803D401CB750C49A0A4440A684BB0E30803D40764DEDB1990A44406B3EF89A2F803D4008342262940A4440410812256B803D40184BEC35980A4440F0FF3E3E7C803D406AE7EA7D990A44403EA6FFF686803D40586254089A0A44402104E44BA8803D402D0B81B79B0A4440BDA19520C8803D40C1AA7AF99D0A4440F51F2D29D2803D40E4D64922A00A4440FD4575DFD6803D408929ECFDA10A44403D80457EFD803D400D118134AD0A444040D076F123813D40022AC187B70A4440B35E0CE544813D40B0FECF61BE0A4440CB8CB7955E813D40A8ED7085C10A4440A649CE2E84813D40D1741B79C50A444056E8CDF286813D403CE3569CC50A4440527CC6CF90813D409314B3B9C50A444076EB90F69A813D40CA411A5FC50A44400A3E1757A6813D402403E55BC40A44402347DF49B0813D406BE0FDA7D10A44403C84F1D3B8813D40F92D9512DD0A4440EEBE7016D0813D4096332E84DA0A44403C84F1D3B8813D40F92D9512DD0A44402347DF49B0813D406BE0FDA7D10A44400A3E1757A6813D402403E55BC40A444076EB90F69A813D40CA411A5FC50A4440527CC6CF90813D409314B3B9C50A444056E8CDF286813D403CE3569CC50A4440A649CE2E84813D40D1741B79C50A4440CB8CB7955E813D40A8ED7085C10A4440B35E0CE544813D40B0FECF61BE0A444040D076F123813D40022AC187B70A44403D80457EFD803D400D118134AD0A44403C98B9652C813D40937A05589A0A4440F98557923C813D40440A54B5930A44408CAF87403F813D404A9FB18A920A44408F0C288A46813D408034AD5E8F0A44403727405E59813D40EACF7EA4880A4440FC6200F26F813D4097D6DF12800A444060A3F66C67813D407C0162B7740A444049CE78115C813D40A4005130630A444040F1748170813D4036912DD35F0A444045C318479B813D40BBF1EEC8580A4440210725CCB4813D40FACBDD9D6B0A4440AB1CFFAAC8813D404E52AA8E660A4440C783E3E8E0813D408C261763600A444015EDE016E2813D40AB11B00C600A4440A086B9EEF7813D40237497C4590A4440F5296CABFE813D40562C7E53580A4440917F66101F823D407EC4549F500A444000DC2C5E2C823D40F61ACC704D0A444020F6532D33823D401496D3F94B0A4440CC44B69844823D4001AE64C7460A4440E9D1F99573823D40293E3E213B0A44405488EC2873823D40A536CC2B320A44405A8DDB1E73823D407CD7FBE82F0A44407E4F519A72823D400B552069260A44409CB0B3D771823D40CE8F1A6E1B0A4440C036E2C96E823D40627C3D04FA094440BB8D171C6F823D4021C1F979F809444002AA6EE470823D401BC1C6F5EF094440192EBCDC71823D4015A06D35EB094440E470E65773823D40B94DB857E60944405FBAA4C574823D401563AAAAE109444028DDF18178823D40F5CABC55D70944402D0ABB287A823D4068508FC8D2094440B16E9C8E7B823D40840E8FF0CE094440', 61153, 64580, 727, 7006, 3427);


--
-- Data for Name: secrets; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.secrets VALUES ('api_token_key', '6c712503583144c15c3e4740f262b27c1f665a625db6470c375b9ac7ad2f6f08');


--
-- Data for Name: stops; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.stops VALUES (1, 1, 1, 0, 168, 'H0168', 25200, 25200, 25380, 0, 86);
INSERT INTO sofra_4d2dda9.stops VALUES (2, 1, 2, 0, 109, 'H0109', 25434, 25434, 25614, 0, 320);
INSERT INTO sofra_4d2dda9.stops VALUES (3, 1, 3, 0, 201, 'H0201', 25647, 25647, 25827, 0, 533);
INSERT INTO sofra_4d2dda9.stops VALUES (4, 1, 4, 0, 240, 'H0240', 25865, 25865, 26045, 0, 751);
INSERT INTO sofra_4d2dda9.stops VALUES (5, 1, 5, 0, 251, 'H0251', 26078, 26078, 26258, 0, 964);
INSERT INTO sofra_4d2dda9.stops VALUES (6, 1, 6, 0, 446, 'H0446', 26309, 26309, 26489, 0, 1195);
INSERT INTO sofra_4d2dda9.stops VALUES (7, 1, 7, 0, 99, 'H0099', 26540, 26540, 26720, 0, 1426);
INSERT INTO sofra_4d2dda9.stops VALUES (8, 1, 8, 0, 411, 'H0411', 26726, 26726, 26906, 0, 1612);
INSERT INTO sofra_4d2dda9.stops VALUES (9, 1, 9, 0, 469, 'H0469', 26977, 26977, 27157, 0, 1863);
INSERT INTO sofra_4d2dda9.stops VALUES (10, 1, 10, 0, 491, 'H0491', 27190, 27190, 27370, 0, 2076);
INSERT INTO sofra_4d2dda9.stops VALUES (11, 1, 11, 0, 378, 'H0378', 27377, 27377, 27557, 0, 2263);
INSERT INTO sofra_4d2dda9.stops VALUES (12, 1, 12, 0, 5, 'H0005', 27606, 27606, 27786, 0, 2492);
INSERT INTO sofra_4d2dda9.stops VALUES (13, 1, 13, 0, 455, 'H0455', 27822, 27822, 28002, 0, 2708);
INSERT INTO sofra_4d2dda9.stops VALUES (14, 1, 14, 0, 78, 'H0078', 28081, 28081, 28261, 0, 2967);
INSERT INTO sofra_4d2dda9.stops VALUES (15, 1, 15, 0, 150, 'H0150', 28306, 28306, 28486, 0, 3192);
INSERT INTO sofra_4d2dda9.stops VALUES (16, 1, 16, 0, 359, 'H0359', 28541, 28541, 28721, 0, 3427);
INSERT INTO sofra_4d2dda9.stops VALUES (17, 2, 1, 0, 279, 'H0279', 25200, 25200, 25380, 0, 60);
INSERT INTO sofra_4d2dda9.stops VALUES (18, 2, 2, 0, 453, 'H0453', 25481, 25481, 25661, 0, 341);
INSERT INTO sofra_4d2dda9.stops VALUES (19, 2, 3, 0, 155, 'H0155', 25710, 25710, 25890, 0, 570);
INSERT INTO sofra_4d2dda9.stops VALUES (20, 2, 4, 0, 471, 'H0471', 25903, 25903, 26083, 0, 763);
INSERT INTO sofra_4d2dda9.stops VALUES (21, 2, 5, 0, 392, 'H0392', 26095, 26095, 26275, 0, 955);
INSERT INTO sofra_4d2dda9.stops VALUES (22, 2, 6, 0, 51, 'H0051', 26338, 26338, 26518, 0, 1198);
INSERT INTO sofra_4d2dda9.stops VALUES (23, 2, 7, 0, 360, 'H0360', 26531, 26531, 26711, 0, 1391);
INSERT INTO sofra_4d2dda9.stops VALUES (24, 2, 8, 0, 303, 'H0303', 26752, 26752, 26932, 0, 1612);
INSERT INTO sofra_4d2dda9.stops VALUES (25, 3, 1, 0, 238, 'H0238', 25200, 25200, 25380, 0, 60);
INSERT INTO sofra_4d2dda9.stops VALUES (26, 3, 2, 0, 164, 'H0164', 25441, 25441, 25621, 0, 301);
INSERT INTO sofra_4d2dda9.stops VALUES (27, 3, 3, 0, 193, 'H0193', 25637, 25637, 25817, 0, 497);
INSERT INTO sofra_4d2dda9.stops VALUES (28, 3, 4, 0, 243, 'H0243', 25851, 25851, 26031, 0, 711);
INSERT INTO sofra_4d2dda9.stops VALUES (29, 3, 5, 0, 146, 'H0146', 26056, 26056, 26236, 0, 916);
INSERT INTO sofra_4d2dda9.stops VALUES (30, 3, 6, 0, 22, 'H0022', 26331, 26331, 26511, 0, 1191);
INSERT INTO sofra_4d2dda9.stops VALUES (31, 3, 7, 0, 269, 'H0269', 26613, 26613, 26793, 0, 1473);
INSERT INTO sofra_4d2dda9.stops VALUES (32, 3, 8, 0, 108, 'H0108', 26870, 26870, 27050, 0, 1730);
INSERT INTO sofra_4d2dda9.stops VALUES (33, 3, 9, 0, 248, 'H0248', 27079, 27079, 27259, 0, 1939);
INSERT INTO sofra_4d2dda9.stops VALUES (34, 3, 10, 0, 246, 'H0246', 27275, 27275, 27455, 0, 2135);
INSERT INTO sofra_4d2dda9.stops VALUES (35, 3, 11, 0, 366, 'H0366', 27472, 27472, 27652, 0, 2332);
INSERT INTO sofra_4d2dda9.stops VALUES (36, 3, 12, 0, 267, 'H0267', 27664, 27664, 27844, 0, 2524);
INSERT INTO sofra_4d2dda9.stops VALUES (37, 4, 1, 0, 352, 'H0352', 61200, 61200, 61380, 0, 60);
INSERT INTO sofra_4d2dda9.stops VALUES (38, 4, 2, 0, 155, 'H0155', 61518, 61518, 61698, 0, 378);
INSERT INTO sofra_4d2dda9.stops VALUES (39, 4, 3, 0, 471, 'H0471', 61711, 61711, 61891, 0, 571);
INSERT INTO sofra_4d2dda9.stops VALUES (40, 4, 4, 0, 392, 'H0392', 61903, 61903, 62083, 0, 763);
INSERT INTO sofra_4d2dda9.stops VALUES (41, 4, 5, 0, 51, 'H0051', 62146, 62146, 62326, 0, 1006);
INSERT INTO sofra_4d2dda9.stops VALUES (42, 4, 6, 0, 12, 'H0012', 62334, 62334, 62514, 0, 1194);
INSERT INTO sofra_4d2dda9.stops VALUES (43, 4, 7, 0, 360, 'H0360', 62519, 62519, 62699, 0, 1379);
INSERT INTO sofra_4d2dda9.stops VALUES (44, 4, 8, 0, 406, 'H0406', 62750, 62750, 62930, 0, 1610);
INSERT INTO sofra_4d2dda9.stops VALUES (45, 4, 9, 0, 179, 'H0179', 62957, 62957, 63137, 0, 1817);
INSERT INTO sofra_4d2dda9.stops VALUES (46, 4, 10, 0, 331, 'H0331', 63169, 63169, 63349, 0, 2029);
INSERT INTO sofra_4d2dda9.stops VALUES (47, 4, 11, 0, 251, 'H0251', 63376, 63376, 63556, 0, 2236);
INSERT INTO sofra_4d2dda9.stops VALUES (48, 4, 12, 0, 446, 'H0446', 63607, 63607, 63787, 0, 2467);
INSERT INTO sofra_4d2dda9.stops VALUES (49, 4, 13, 0, 158, 'H0158', 63831, 63831, 64011, 0, 2691);
INSERT INTO sofra_4d2dda9.stops VALUES (50, 4, 14, 0, 240, 'H0240', 64022, 64022, 64202, 0, 2882);
INSERT INTO sofra_4d2dda9.stops VALUES (51, 4, 15, 0, 306, 'H0306', 64220, 64220, 64400, 0, 3080);
INSERT INTO sofra_4d2dda9.stops VALUES (52, 4, 16, 0, 168, 'H0168', 64438, 64438, 64618, 0, 3298);
INSERT INTO sofra_4d2dda9.stops VALUES (53, 5, 1, 0, 366, 'H0366', 61200, 61200, 61380, 0, 47);
INSERT INTO sofra_4d2dda9.stops VALUES (54, 5, 2, 0, 246, 'H0246', 61397, 61397, 61577, 0, 244);
INSERT INTO sofra_4d2dda9.stops VALUES (55, 5, 3, 0, 248, 'H0248', 61593, 61593, 61773, 0, 440);
INSERT INTO sofra_4d2dda9.stops VALUES (56, 5, 4, 0, 108, 'H0108', 61802, 61802, 61982, 0, 649);
INSERT INTO sofra_4d2dda9.stops VALUES (57, 5, 5, 0, 272, 'H0272', 62008, 62008, 62188, 0, 855);
INSERT INTO sofra_4d2dda9.stops VALUES (58, 5, 6, 0, 22, 'H0022', 62262, 62262, 62442, 0, 1109);
INSERT INTO sofra_4d2dda9.stops VALUES (59, 5, 7, 0, 421, 'H0421', 62523, 62523, 62703, 0, 1370);
INSERT INTO sofra_4d2dda9.stops VALUES (60, 5, 8, 0, 394, 'H0394', 62734, 62734, 62914, 0, 1581);
INSERT INTO sofra_4d2dda9.stops VALUES (61, 5, 9, 0, 433, 'H0433', 62976, 62976, 63156, 0, 1823);
INSERT INTO sofra_4d2dda9.stops VALUES (62, 5, 10, 0, 243, 'H0243', 63206, 63206, 63386, 0, 2053);
INSERT INTO sofra_4d2dda9.stops VALUES (63, 5, 11, 0, 164, 'H0164', 63408, 63408, 63588, 0, 2255);
INSERT INTO sofra_4d2dda9.stops VALUES (64, 5, 12, 0, 193, 'H0193', 63604, 63604, 63784, 0, 2451);
INSERT INTO sofra_4d2dda9.stops VALUES (65, 5, 13, 0, 78, 'H0078', 63846, 63846, 64026, 0, 2693);
INSERT INTO sofra_4d2dda9.stops VALUES (66, 5, 14, 0, 469, 'H0469', 64085, 64085, 64265, 0, 2932);
INSERT INTO sofra_4d2dda9.stops VALUES (67, 5, 15, 0, 163, 'H0163', 64331, 64331, 64511, 0, 3178);


--
-- Data for Name: vans; Type: TABLE DATA; Schema: sofra_4d2dda9; Owner: -
--

INSERT INTO sofra_4d2dda9.vans VALUES (1, 'V1', '16 İNG 101', 20, '[]', 1, true);
INSERT INTO sofra_4d2dda9.vans VALUES (2, 'V2', '16 İNG 102', 20, '[]', 1, true);
INSERT INTO sofra_4d2dda9.vans VALUES (3, 'V3', '16 İNG 103', 20, '[]', 1, true);
INSERT INTO sofra_4d2dda9.vans VALUES (4, 'V4', '16 İNG 104', 20, '[]', 1, true);


--
-- Name: api_alerts_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.api_alerts_id_seq', 2, true);


--
-- Name: api_users_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.api_users_id_seq', 10, true);


--
-- Name: audit_log_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.audit_log_id_seq', 31, true);


--
-- Name: delivery_outcomes_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.delivery_outcomes_id_seq', 3, true);


--
-- Name: drivers_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.drivers_id_seq', 6, true);


--
-- Name: holds_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.holds_id_seq', 1, false);


--
-- Name: households_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.households_id_seq', 494, true);


--
-- Name: kitchens_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.kitchens_id_seq', 1, true);


--
-- Name: one_offs_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.one_offs_id_seq', 1, false);


--
-- Name: plans_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.plans_id_seq', 2, true);


--
-- Name: routes_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.routes_id_seq', 5, true);


--
-- Name: stops_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.stops_id_seq', 67, true);


--
-- Name: vans_id_seq; Type: SEQUENCE SET; Schema: sofra_4d2dda9; Owner: -
--

SELECT pg_catalog.setval('sofra_4d2dda9.vans_id_seq', 4, true);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: api_alembic_version api_alembic_version_pkc; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.api_alembic_version
    ADD CONSTRAINT api_alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: api_alerts pk_api_alerts; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.api_alerts
    ADD CONSTRAINT pk_api_alerts PRIMARY KEY (id);


--
-- Name: api_users pk_api_users; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.api_users
    ADD CONSTRAINT pk_api_users PRIMARY KEY (id);


--
-- Name: audit_log pk_audit_log; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.audit_log
    ADD CONSTRAINT pk_audit_log PRIMARY KEY (id);


--
-- Name: delivery_outcomes pk_delivery_outcomes; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.delivery_outcomes
    ADD CONSTRAINT pk_delivery_outcomes PRIMARY KEY (id);


--
-- Name: drivers pk_drivers; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.drivers
    ADD CONSTRAINT pk_drivers PRIMARY KEY (id);


--
-- Name: holds pk_holds; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.holds
    ADD CONSTRAINT pk_holds PRIMARY KEY (id);


--
-- Name: households pk_households; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.households
    ADD CONSTRAINT pk_households PRIMARY KEY (id);


--
-- Name: kitchens pk_kitchens; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.kitchens
    ADD CONSTRAINT pk_kitchens PRIMARY KEY (id);


--
-- Name: one_offs pk_one_offs; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.one_offs
    ADD CONSTRAINT pk_one_offs PRIMARY KEY (id);


--
-- Name: plans pk_plans; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.plans
    ADD CONSTRAINT pk_plans PRIMARY KEY (id);


--
-- Name: routes pk_routes; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.routes
    ADD CONSTRAINT pk_routes PRIMARY KEY (id);


--
-- Name: secrets pk_secrets; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.secrets
    ADD CONSTRAINT pk_secrets PRIMARY KEY (name);


--
-- Name: stops pk_stops; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.stops
    ADD CONSTRAINT pk_stops PRIMARY KEY (id);


--
-- Name: vans pk_vans; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.vans
    ADD CONSTRAINT pk_vans PRIMARY KEY (id);


--
-- Name: api_alerts uq_api_alerts_outcome_id; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.api_alerts
    ADD CONSTRAINT uq_api_alerts_outcome_id UNIQUE (outcome_id);


--
-- Name: api_users uq_api_users_username; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.api_users
    ADD CONSTRAINT uq_api_users_username UNIQUE (username);


--
-- Name: drivers uq_drivers_code; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.drivers
    ADD CONSTRAINT uq_drivers_code UNIQUE (code);


--
-- Name: households uq_households_ref; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.households
    ADD CONSTRAINT uq_households_ref UNIQUE (ref);


--
-- Name: kitchens uq_kitchens_code; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.kitchens
    ADD CONSTRAINT uq_kitchens_code UNIQUE (code);


--
-- Name: one_offs uq_one_offs_household_id_day_shift_kind; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.one_offs
    ADD CONSTRAINT uq_one_offs_household_id_day_shift_kind UNIQUE (household_id, day, shift, kind);


--
-- Name: plans uq_plans_day_shift_version; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.plans
    ADD CONSTRAINT uq_plans_day_shift_version UNIQUE (day, shift, version);


--
-- Name: routes uq_routes_plan_id_seq; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.routes
    ADD CONSTRAINT uq_routes_plan_id_seq UNIQUE (plan_id, seq);


--
-- Name: stops uq_stops_route_id_seq; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.stops
    ADD CONSTRAINT uq_stops_route_id_seq UNIQUE (route_id, seq);


--
-- Name: vans uq_vans_code; Type: CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.vans
    ADD CONSTRAINT uq_vans_code UNIQUE (code);


--
-- Name: ix_api_alerts_plan_id; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_api_alerts_plan_id ON sofra_4d2dda9.api_alerts USING btree (plan_id);


--
-- Name: ix_api_alerts_raised_at; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_api_alerts_raised_at ON sofra_4d2dda9.api_alerts USING btree (raised_at);


--
-- Name: ix_api_alerts_stop_id; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_api_alerts_stop_id ON sofra_4d2dda9.api_alerts USING btree (stop_id);


--
-- Name: ix_audit_log_at; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_audit_log_at ON sofra_4d2dda9.audit_log USING btree (at);


--
-- Name: ix_delivery_outcomes_stop_id; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_delivery_outcomes_stop_id ON sofra_4d2dda9.delivery_outcomes USING btree (stop_id);


--
-- Name: ix_holds_household_id; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_holds_household_id ON sofra_4d2dda9.holds USING btree (household_id);


--
-- Name: ix_households_location; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_households_location ON sofra_4d2dda9.households USING gist (location);


--
-- Name: ix_kitchens_location; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_kitchens_location ON sofra_4d2dda9.kitchens USING gist (location);


--
-- Name: ix_one_offs_day; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_one_offs_day ON sofra_4d2dda9.one_offs USING btree (day);


--
-- Name: ix_one_offs_household_id; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_one_offs_household_id ON sofra_4d2dda9.one_offs USING btree (household_id);


--
-- Name: ix_routes_geometry; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_routes_geometry ON sofra_4d2dda9.routes USING gist (geometry);


--
-- Name: ix_routes_plan_id; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_routes_plan_id ON sofra_4d2dda9.routes USING btree (plan_id);


--
-- Name: ix_stops_household_id; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_stops_household_id ON sofra_4d2dda9.stops USING btree (household_id);


--
-- Name: ix_stops_route_id; Type: INDEX; Schema: sofra_4d2dda9; Owner: -
--

CREATE INDEX ix_stops_route_id ON sofra_4d2dda9.stops USING btree (route_id);


--
-- Name: audit_log audit_log_append_only; Type: TRIGGER; Schema: sofra_4d2dda9; Owner: -
--

CREATE TRIGGER audit_log_append_only BEFORE DELETE OR UPDATE ON sofra_4d2dda9.audit_log FOR EACH ROW EXECUTE FUNCTION sofra_4d2dda9.sofra_append_only();


--
-- Name: delivery_outcomes delivery_outcomes_append_only; Type: TRIGGER; Schema: sofra_4d2dda9; Owner: -
--

CREATE TRIGGER delivery_outcomes_append_only BEFORE DELETE OR UPDATE ON sofra_4d2dda9.delivery_outcomes FOR EACH ROW EXECUTE FUNCTION sofra_4d2dda9.sofra_append_only();


--
-- Name: delivery_outcomes fk_delivery_outcomes_stop_id_stops; Type: FK CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.delivery_outcomes
    ADD CONSTRAINT fk_delivery_outcomes_stop_id_stops FOREIGN KEY (stop_id) REFERENCES sofra_4d2dda9.stops(id);


--
-- Name: holds fk_holds_household_id_households; Type: FK CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.holds
    ADD CONSTRAINT fk_holds_household_id_households FOREIGN KEY (household_id) REFERENCES sofra_4d2dda9.households(id);


--
-- Name: one_offs fk_one_offs_household_id_households; Type: FK CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.one_offs
    ADD CONSTRAINT fk_one_offs_household_id_households FOREIGN KEY (household_id) REFERENCES sofra_4d2dda9.households(id);


--
-- Name: routes fk_routes_driver_id_drivers; Type: FK CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.routes
    ADD CONSTRAINT fk_routes_driver_id_drivers FOREIGN KEY (driver_id) REFERENCES sofra_4d2dda9.drivers(id);


--
-- Name: routes fk_routes_plan_id_plans; Type: FK CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.routes
    ADD CONSTRAINT fk_routes_plan_id_plans FOREIGN KEY (plan_id) REFERENCES sofra_4d2dda9.plans(id);


--
-- Name: routes fk_routes_van_id_vans; Type: FK CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.routes
    ADD CONSTRAINT fk_routes_van_id_vans FOREIGN KEY (van_id) REFERENCES sofra_4d2dda9.vans(id);


--
-- Name: stops fk_stops_household_id_households; Type: FK CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.stops
    ADD CONSTRAINT fk_stops_household_id_households FOREIGN KEY (household_id) REFERENCES sofra_4d2dda9.households(id);


--
-- Name: stops fk_stops_route_id_routes; Type: FK CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.stops
    ADD CONSTRAINT fk_stops_route_id_routes FOREIGN KEY (route_id) REFERENCES sofra_4d2dda9.routes(id);


--
-- Name: vans fk_vans_kitchen_id_kitchens; Type: FK CONSTRAINT; Schema: sofra_4d2dda9; Owner: -
--

ALTER TABLE ONLY sofra_4d2dda9.vans
    ADD CONSTRAINT fk_vans_kitchen_id_kitchens FOREIGN KEY (kitchen_id) REFERENCES sofra_4d2dda9.kitchens(id);


--
-- PostgreSQL database dump complete
--

\unrestrict FEMygjRvPAnSBB5exMLo6VaXreTaFWt6nmebIXLohZJ2Y68yymQ1Lm3kLPRQpbC

