"""Load-test the portal's heaviest pages under gunicorn, against a trivial WSGI app as the ceiling.

Seeds N demo households on PostgreSQL when the database is empty (``flask db upgrade``, ``regions load``,
``demo seed``, ``match run``, ``search reindex``, ``figures refresh``: the same commands as ``make run``),
vacuums it as autovacuum would a live database,
serves the portal with gunicorn (``--workers`` sync workers), and drives every page with wrk (Debian's
package; a Python load generator with the same connection count when wrk is missing) for ``--seconds``
each: the home page, /needs, a deep /needs page (keyset link, and the old ``?page=200`` form), a need,
search, offers, a province and a county page, an organisation page, and signed in (through the real login
form): a county office's review queue and registry, a donor's home and recommendations. A trivial WSGI app
under the same gunicorn settings, in the same run, is the ceiling. Prints requests/s, p50 and p99 per page,
the ratio to the ceiling, the CPU milliseconds per request spent in the gunicorn workers and in the
PostgreSQL backends (from /proc: what a page costs, hardly moved by other programs sharing the cores), and
the load average before and after; writes the figures as JSON with --report.

The review queue is measured on equal pages: it is requested as ``bench_county``, a county office of the
county with the most needs waiting at the county level, which the prepare step makes (idempotently, through
``accounts.create_staff``, as the demo admin would; see ``ensure_bench_county``). ``demo_county``'s county
has 10 such needs in the 100,000-household world and 46 in the 1,000,000 one, so its page rendered 4.6
times the rows at 1M: a page showing more rows is more work, not a cost that grows with the tables. With a
full first page (50 rows) at every size both sizes render the same output, and the 100,000 world gets the
harder case. The demo world puts about six villages in a county below 1,000,000 households, so its busiest
county may hold fewer than 50 (27 at 20,000 households): the prepare step then posts the missing village
needs through the app's own services (a village officer submits, the township office approves).

    createdb -h 127.0.0.1 -U postgres bench14
    .venv/bin/python bench/load_bench.py --database-url postgresql://postgres@127.0.0.1:5432/bench14 \\
        --households 100000 --report bench/results/load_100k.json

Targets (issue 14, 2 cores, 3 workers, 16 connections): every page >= 100 requests/s with p99 <= 300 ms at
100,000 households, and within 20 % of that at 1,000,000. Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import html
import http.cookiejar
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
PASSWORD_SUFFIX = "#Demo2014"
# The review queue's account (see the module docstring); the password policy refuses a password holding the
# username, so it cannot follow the demo accounts' "<username>#Demo2014".
BENCH_COUNTY = "bench_county"
BENCH_COUNTY_PASSWORD = "Queue#Bench2014"
CEILING_APP = "bench.load_bench:trivial_app"


def trivial_app(environ, start_response):
    """Answer every request with a short fixed page: what gunicorn alone costs (the ceiling)."""
    body = b"<!doctype html><title>ok</title>ok"
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]


def password_of(username: str) -> str:
    """Return the password of a benchmark account: the demo accounts' or bench_county's."""
    return BENCH_COUNTY_PASSWORD if username == BENCH_COUNTY else username + PASSWORD_SUFFIX


def ensure_bench_county(app) -> tuple[str, int]:
    """Make the county office ``bench_county`` of the county with the most needs pending at the county level,
    unless it exists, and see that its queue fills a page; return (its county code, the needs in its queue).

    The account is created by ``accounts.create_staff`` with the demo admin (``demo_admin``) as the actor,
    an ordinary office account, audited like one. When fewer than a page of needs (``QUEUE_PER_PAGE``, 50)
    wait at the county level there — the demo world spreads its needs over about six villages a county
    below 1,000,000 households, so its busiest county holds 27 at 20,000 households — the missing ones are
    posted as the demo world's people would: created and submitted by a village officer of the county
    (``needs.create_need``, ``needs.submit``) and approved by their township office (``review.approve``).
    Pending needs are not public: no other page of the benchmark shows them. Raises SystemExit when the
    review levels have no county level, or the database holds no demo world.
    """
    from sqlalchemy import func, literal_column, select, text

    from app.extensions import db
    from app.models import Need, User
    from app.models.need import PENDING_SQL, REVIEW_PREFIX_SQL
    from app.services import accounts
    from app.services.review import levels
    from app.services.review_queue import QUEUE_PER_PAGE

    with app.app_context():
        if "county" not in levels():
            raise SystemExit("the review levels have no county level: no county review queue to measure")
        county = literal_column(REVIEW_PREFIX_SQL[6])
        pending = (text(PENDING_SQL), Need.level_since.is_not(None), Need.review_level == levels().index("county"))
        user = db.session.scalar(select(User).where(User.username == BENCH_COUNTY))
        if user is None:
            busiest = db.session.execute(select(county, func.count()).where(*pending).group_by(county)
                                         .order_by(func.count().desc(), county).limit(1)).first()
            admin = db.session.scalar(select(User).where(User.username == "demo_admin"))
            if busiest is None or admin is None:
                raise SystemExit("no need waits at the county level (or no demo_admin): seed the demo world first")
            user = accounts.create_staff(admin, accounts.StaffRequest(
                username=BENCH_COUNTY, display_name="基准测试县扶贫办", password=BENCH_COUNTY_PASSWORD,
                role="office", office_level="county", region_code=busiest[0]))
        code = user.region_code
        waiting = db.session.scalar(select(func.count()).where(*pending, county == code))
        if waiting < QUEUE_PER_PAGE:
            _post_county_needs(app, code, QUEUE_PER_PAGE - waiting)
            waiting = db.session.scalar(select(func.count()).where(*pending, county == code))
        return code, waiting


def _post_county_needs(app, county: str, count: int) -> None:
    """Post ``count`` village needs in ``county`` up to its county-level queue, through the app's services: a
    village officer of the county creates and submits each, its township office approves it."""
    from flask_login import login_user
    from sqlalchemy import select

    from app.extensions import db
    from app.models import User, Village
    from app.services import needs, review

    officer = db.session.scalar(select(User).join(Village, User.village_id == Village.id).where(
        User.role == "village_officer", Village.code.startswith(county)).order_by(Village.code, User.id).limit(1))
    if officer is None:
        raise SystemExit(f"no village officer in county {county} to post its needs")
    village = db.session.get(Village, officer.village_id)
    township = db.session.scalar(select(User).where(User.role == "office", User.office_level == "township",
                                                    User.region_code == village.code[:9]))
    if township is None:
        raise SystemExit(f"no township office for {village.code[:9]} to approve its needs")
    for k in range(count):
        with app.test_request_context():
            login_user(officer)
            need = needs.create_need(officer, needs.NeedInput(
                beneficiary=f"v{village.id}", category="living", kind="goods", title=f"村卫生室过冬物资（{k + 1}）",
                description="村卫生室冬季取暖与常用物资，由村委会统一接收发放。", quantity=20, unit="件"))
            needs.submit(officer, need)
            login_user(township)
            review.approve(township, need)


def _flask(env: dict, *args: str) -> str:
    out = subprocess.run([str(BIN / "flask"), *args], env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    return out.stdout


def prepare(env: dict, households: int) -> None:
    """Create and seed the database when it holds no household yet; make the review queue's account
    (``ensure_bench_county``), vacuum and refresh the figures either way."""
    _flask(env, "db", "upgrade")
    probe = subprocess.run(
        [str(BIN / "python"), "-c",
         "from app import create_app; from app.extensions import db; from sqlalchemy import text;"
         "app = create_app()\nwith app.app_context(): print(db.session.scalar(text('select count(*) from households')))"],
        env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    present = int(probe.stdout.strip().splitlines()[-1])
    if present == 0:
        started = time.perf_counter()
        for step in (("regions", "load"), ("demo", "seed", "--households", str(households)), ("match", "run"),
                     ("search", "reindex")):
            print("flask", *step, flush=True)
            _flask(env, *step)
        print(f"seeded {households} households in {time.perf_counter() - started:.0f} s", flush=True)
    elif present != households:
        print(f"note: the database holds {present} households (asked for {households}); measuring those", flush=True)
    # Before the vacuum and the figures: the needs it may post are counted like the others.
    out = subprocess.run(
        [str(BIN / "python"), "-c", "from app import create_app; from bench.load_bench import ensure_bench_county;"
         "print(*ensure_bench_county(create_app()))"],
        env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    county, waiting = out.stdout.split()[-2:]
    print(f"review queue as {BENCH_COUNTY}: county {county}, {waiting} needs waiting at the county level", flush=True)
    vacuum(env["DATABASE_URL"])
    _flask(env, "figures", "refresh")


def vacuum(url: str) -> None:
    """Run ``VACUUM (ANALYZE)`` on the whole database: what autovacuum does to a live database in time.

    A freshly seeded database has an empty visibility map, so index-only scans (the 只看待认领 walk of an old
    ``?page=200`` link) fetch every heap row they pass: 2,660 heap fetches and 47 ms instead of 0 and
    under 1 ms at 100,000 households. Measuring that state would measure the seed, not the page. Cheap
    when the database was vacuumed already.
    """
    import psycopg  # the driver the portal uses; VACUUM cannot run inside a transaction, hence autocommit

    started = time.perf_counter()
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as connection:
        connection.execute("VACUUM (ANALYZE)")
    print(f"VACUUM (ANALYZE) in {time.perf_counter() - started:.0f} s", flush=True)


class Server:
    """A gunicorn process serving ``app`` on a free port until stopped."""

    def __init__(self, app: str, env: dict, workers: int, source: Path = ROOT):
        self.port = _free_port()
        self.process = subprocess.Popen(
            [str(BIN / "gunicorn"), "--workers", str(workers), "--bind", f"127.0.0.1:{self.port}",
             "--backlog", "2048", "--log-level", "warning", app],
            env={**env, "PYTHONPATH": str(source)}, cwd=source, start_new_session=True)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(self.base + "/", timeout=30).read()
                return
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise SystemExit(f"gunicorn did not answer on {self.base}")

    def workers(self) -> list[int]:
        """Return the pids of the gunicorn workers."""
        return _children(self.process.pid)

    def stop(self) -> None:
        """Stop the gunicorn master (and so its workers) started by this object."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()


def _cpu_seconds(pids) -> float:
    """Return the user + system CPU seconds the processes ``pids`` have used (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int(entry.joinpath("stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def _database_backends(database_url: str) -> list[int]:
    """Return the pids of the PostgreSQL backends connected to the benchmark's database (not our own)."""
    import psycopg

    url = database_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sign_in(base: str, username: str) -> str:
    """Sign ``username`` in through the login form; return the Cookie header value of the session."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(base + "/auth/login").read().decode()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode({"csrf_token": token, "username": username,
                                   "password": password_of(username)}).encode()
    opener.open(base + "/auth/login", data).read()
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    check = urllib.request.Request(base + "/account/", headers={"Cookie": cookie})
    if username not in urllib.request.urlopen(check).read().decode():
        raise SystemExit(f"cannot sign in as {username}")
    return cookie


def page_list(need, county: str, org, deep: str | None = None) -> list[tuple[str, str, str | None]]:
    """Return (label, path, account) of the pages the issue names, for these ids (bench/page_profile.py too).

    ``deep`` is the deep needs page as a visitor reaches it (page 200's 下一页 link); left out when None.
    """
    pages = [
        ("home", "/", None),
        ("needs", "/needs", None),
        *([("needs deep (cursor, p.201)", deep, None)] if deep else []),
        ("needs ?page=200", "/needs?page=200", None),
        ("need", f"/needs/{need}", None),
        ("search", "/search?q=" + urllib.parse.quote("棉衣"), None),
        ("offers", "/offers/", None),
        ("province", f"/regions/{county[:2]}", None),
        ("county", f"/regions/{county}", None),
        ("organisation", f"/orgs/{org}", None),
        # equal pages at every size: a county whose county-level queue fills a page (module docstring)
        ("review queue (county)", "/review", BENCH_COUNTY),
        ("registry (county)", "/registry/", "demo_county"),
        ("donor home", "/my/", "demo_donor"),
        ("recommendations", "/recommendations", "demo_donor"),
    ]
    return pages


def pick_pages(env: dict, base: str) -> list[tuple[str, str, str | None]]:
    """Return (label, path, account) of every page measured, with ids that exist in this database."""
    code = (
        "from app import create_app; from app.extensions import db; from sqlalchemy import select, func\n"
        "from app.models import Need, Organisation, Pledge, User\n"
        "app = create_app()\n"
        "with app.app_context():\n"
        "    need = db.session.scalar(select(Need.id).where(Need.status == 'published').order_by(Need.id.desc()).limit(1))\n"
        "    county = db.session.scalar(select(User.region_code).where(User.username == 'demo_county'))\n"
        "    org = db.session.scalar(select(Pledge.organisation_id).where(Pledge.organisation_id.is_not(None))"
        ".group_by(Pledge.organisation_id).order_by(func.count().desc()).limit(1))\n"
        "    print(need, county, org)\n"
    )
    out = subprocess.run([str(BIN / "python"), "-c", code], env=env, cwd=ROOT, check=True, capture_output=True,
                         text=True).stdout.split()
    need, county, org = out[-3:]
    # The deep page as a visitor reaches it: the "下一页" link of page 200 (a keyset cursor).
    page200 = urllib.request.urlopen(base + "/needs?page=200").read().decode()
    link = re.search(r'rel="next" href="([^"]+)"', page200)
    deep = html.unescape(link.group(1)) if link else "/needs?page=201"  # a baseline without cursors
    return page_list(need, county, org, deep=deep)


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run_wrk(url: str, cookie: str | None, seconds: int, connections: int) -> dict:
    """Drive ``url`` with wrk; return requests/s, p50 and p99 (ms) and the non-2xx count."""
    command = ["wrk", "--latency", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)),
        "p99": _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)),
        "bad": int(errors.group(1)) if errors else 0,
    }


def run_python(url: str, cookie: str | None, seconds: int, connections: int) -> dict:
    """The fallback load generator: ``connections`` threads, each one request after the other."""
    latencies: list[float] = []
    bad = [0]
    stop = time.perf_counter() + seconds
    headers = {"Cookie": cookie} if cookie else {}

    def worker():
        while time.perf_counter() < stop:
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as r:
                    r.read()
            except OSError:
                bad[0] += 1
                continue
            latencies.append((time.perf_counter() - started) * 1000)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {"requests": len(latencies), "rps": len(latencies) / seconds, "p50": cuts[49], "p99": cuts[98],
            "bad": bad[0]}


def main() -> None:
    """Parse options, prepare the database, measure the ceiling and every page, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"), required="DATABASE_URL" not in os.environ)
    parser.add_argument("--search-index-dir", default=os.environ.get("SEARCH_INDEX_DIR", "/tmp/load-bench-search"))
    parser.add_argument("--households", type=int, default=100_000, help="households to seed when the database is empty")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn sync workers (default 3)")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections (default 16)")
    parser.add_argument("--seconds", type=int, default=10, help="seconds of load per page (default 10)")
    parser.add_argument("--only", help="measure only pages whose label contains this text")
    parser.add_argument("--source", type=Path, default=ROOT,
                        help="serve the portal from this checkout (e.g. an export of an older commit, as the "
                             "baseline); the database is prepared with this one's commands")
    parser.add_argument("--report", help="write the figures as JSON to this file")
    options = parser.parse_args()

    env = {**os.environ, "DATABASE_URL": options.database_url, "SEARCH_INDEX_DIR": options.search_index_dir,
           "FLASK_APP": "wsgi.py", "RATELIMIT_ENABLED": "0", "TASK_QUEUE": "off", "PYTHONPATH": str(ROOT)}
    prepare(env, options.households)
    drive = run_wrk if shutil.which("wrk") else run_python
    load_before = Path("/proc/loadavg").read_text().split()[:3]
    rows = []
    ceiling_server = Server(CEILING_APP, env, options.workers)
    try:
        workers = ceiling_server.workers()
        cpu = _cpu_seconds(workers)
        ceiling = drive(ceiling_server.base + "/", None, options.seconds, options.connections)
        ceiling["app_cpu_ms"] = (_cpu_seconds(workers) - cpu) * 1000 / max(1, ceiling["requests"])
        ceiling["db_cpu_ms"] = 0.0
    finally:
        ceiling_server.stop()
    server = Server("app:create_app()", env, options.workers, options.source.resolve())
    try:
        pages = pick_pages(env, server.base)
        cookies = {account: sign_in(server.base, account) for account in {a for _, _, a in pages if a}}
        for label, path, account in pages:
            if options.only and options.only not in label:
                continue
            url = server.base + path
            urllib.request.urlopen(urllib.request.Request(url, headers={"Cookie": cookies.get(account, "")})).read()
            # CPU per request of the app (gunicorn workers) and of PostgreSQL (its backends for this
            # database): unlike req/s, barely moved by other programs sharing the cores.
            workers, backends = server.workers(), _database_backends(options.database_url)
            app_cpu, db_cpu = _cpu_seconds(workers), _cpu_seconds(backends)
            figures = drive(url, cookies.get(account), options.seconds, options.connections)
            done = max(1, figures["requests"])
            figures["app_cpu_ms"] = (_cpu_seconds(workers) - app_cpu) * 1000 / done
            figures["db_cpu_ms"] = (_cpu_seconds(backends) - db_cpu) * 1000 / done
            rows.append({"page": label, "path": path, "account": account, **figures})
            print(f"  {label:<28} {figures['rps']:8.1f} req/s  p50 {figures['p50']:7.1f} ms  p99 {figures['p99']:7.1f} ms"
                  f"  CPU/request app {figures['app_cpu_ms']:5.1f} ms, PostgreSQL {figures['db_cpu_ms']:5.1f} ms", flush=True)
    finally:
        server.stop()
    load_after = Path("/proc/loadavg").read_text().split()[:3]

    print()
    print(f"gunicorn {options.workers} sync workers, {options.connections} connections, {options.seconds} s per page, "
          f"load generator: {'wrk' if drive is run_wrk else 'python threads'}")
    print(f"load average before {' '.join(load_before)}, after {' '.join(load_after)} ({os.cpu_count()} cores)")
    print(f"{'page':<28} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'/ceiling':>9} {'app CPU':>8} {'PG CPU':>7}"
          "  target (>=100/s, p99<=300ms)")
    print(f"{'trivial WSGI app (ceiling)':<28} {ceiling['rps']:8.1f} {ceiling['p50']:8.2f} {ceiling['p99']:8.2f} {1:9.4f}"
          f" {ceiling['app_cpu_ms']:8.2f} {0:7.1f}")
    for row in rows:
        ok = row["rps"] >= 100 and row["p99"] <= 300 and not row["bad"]
        print(f"{row['page']:<28} {row['rps']:8.1f} {row['p50']:8.1f} {row['p99']:8.1f} {row['rps'] / ceiling['rps']:9.4f}"
              f" {row['app_cpu_ms']:8.1f} {row['db_cpu_ms']:7.1f}"
              f"  {'ok' if ok else 'MISSED'}{'  non-2xx: %d' % row['bad'] if row['bad'] else ''}")
    print("(app CPU / PG CPU: milliseconds of CPU per request in the gunicorn workers / PostgreSQL backends)")
    if options.report:
        Path(options.report).write_text(json.dumps({
            "households": options.households, "workers": options.workers, "connections": options.connections,
            "seconds": options.seconds, "load_before": load_before, "load_after": load_after,
            "ceiling": ceiling, "pages": rows, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        }, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
