"""Peak memory of the two hostile-file cases of issue 11: a huge-cell .xlsx import and a near-limit PNG upload.

Each case runs in a fresh child process, which reports how much its peak RSS (ru_maxrss) grew while
the portal handled the file. ``--code-root`` points at a checkout of the portal to measure (default:
this one), so the same command gives the "before" figure on an older commit:

    .venv/bin/python bench/file_bounds_bench.py
    git archive bfa9eb5 | tar -x -C /tmp/portal-before
    .venv/bin/python bench/file_bounds_bench.py --code-root /tmp/portal-before

Cases:
  xlsx  a ~1 MB .xlsx whose one cell holds a 1,000,000,000-character string, through
        services.registry_import.import_workbook (as a village officer)
  png   a ~150 KB PNG of 6,320 x 6,320 pixels (just under the old 40 MP limit), through
        services.uploads.clean_image; and the same with six uploads in parallel threads
  png12 a PNG of 3,460 x 3,460 pixels (just under the new 12 MP limit), six in parallel
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
HUGE_CHARS = 1_000_000_000


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def huge_cell_xlsx(chars: int = HUGE_CHARS) -> bytes:
    """Return an .xlsx of about 1 MB whose first cell's text inflates to ``chars`` characters."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["PLACEHOLDER"])
    template = io.BytesIO()
    book.save(template)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if b"PLACEHOLDER" not in content:  # openpyxl writes the cell inline, in the sheet part
                dst.writestr(item, content)
                continue
            head, tail = content.decode("utf-8").split("PLACEHOLDER")
            with dst.open(item.filename, "w", force_zip64=True) as part:
                part.write(head.encode())
                block = b"A" * (1 << 20)
                for _ in range(chars // len(block)):
                    part.write(block)
                part.write(tail.encode())
    return out.getvalue()


def big_png(side: int) -> bytes:
    """Return a one-colour PNG of ``side`` x ``side`` pixels (it compresses to a few hundred KB)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (side, side), (200, 30, 30)).save(out, "PNG", optimize=True)
    return out.getvalue()


def _app(tmp: str):
    from app import create_app

    return create_app({"APP_ENV": "testing", "SECRET_KEY": "bench", "PERSONAL_DATA_KEY": "bench",
                       "DATABASE_URL": f"sqlite:///{tmp}/bench.db", "SEARCH_INDEX_DIR": f"{tmp}/search",
                       "UPLOAD_DIR": f"{tmp}/uploads"})


def child(case: str, path: str) -> dict:
    """Run one case in this (fresh) process and return its figures."""
    data = Path(path).read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        app = _app(tmp)
        with app.test_request_context():
            from app.errors import DomainError
            from app.models import User

            before = _rss_mb()
            if case == "xlsx":
                from app.services import registry_import

                officer = User(role="village_officer", username="bench", display_name="bench", is_active_account=True)
                report = registry_import.import_workbook(officer, data)
                outcome = [error.message for error in report.errors[:1]]
            else:
                import threading

                from app.services import uploads

                outcomes: list[str] = []

                def one():
                    with app.app_context():
                        try:
                            uploads.clean_image(data)
                            outcomes.append("accepted")
                        except DomainError as error:
                            outcomes.append(error.message)

                threads = [threading.Thread(target=one) for _ in range(6 if case.endswith("x6") else 1)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                outcome = sorted(set(outcomes))
            return {"case": case, "file_kb": round(len(data) / 1024), "peak_rss_growth_mb": round(_rss_mb() - before),
                    "outcome": outcome}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--code-root", default=str(HERE), help="checkout of the portal to measure")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child), ensure_ascii=False))
        return
    with tempfile.TemporaryDirectory() as tmp:
        files = {
            "xlsx": Path(tmp, "huge_cell.xlsx"),
            "png": Path(tmp, "near_40mp.png"),
            "png12": Path(tmp, "near_12mp.png"),
        }
        files["xlsx"].write_bytes(huge_cell_xlsx())
        files["png"].write_bytes(big_png(6320))
        files["png12"].write_bytes(big_png(3460))
        cases = [("xlsx", "xlsx"), ("png", "png"), ("png x6", "png"), ("png12 x6", "png12")]
        env = dict(os.environ, PYTHONPATH=args.code_root)
        print(f"code: {args.code_root}")
        for case, key in cases:
            result = subprocess.run([sys.executable, __file__, "--child", case.replace(" ", ""), str(files[key])],
                                    capture_output=True, text=True, env=env, cwd=args.code_root, timeout=900)
            line = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr.strip()[-300:]
            print(f"{case:<10} {line}")


if __name__ == "__main__":
    main()
