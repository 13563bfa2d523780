"""Build the Lambda deployment package with ``chalice package`` and check it.

Our own packages reach the Lambda through symlinks in ``chalice_app/vendor/`` (Chalice follows
symlinks there, not in ``chalicelib/``; a local path in ``requirements.txt`` would be silently
dropped by pip). The Lambda runs the bedrock/sagemaker backends, so pandas, scipy and
scikit-learn must not be in the package: :func:`inspect_package` says whether they are and
how big the package is unzipped (Lambda's limit: 250 MB, layers included).

    python chalice_app/build.py [OUT_DIR] [--stage dev]      # build and check
    python chalice_app/build.py --link-only                  # only the vendor/ links
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

APP_DIR = Path(__file__).resolve().parent
ROOT = APP_DIR.parent
VENDORED = ("assistant", "agent", "tools", "knowledge_base", "recommender")
FORBIDDEN = ("pandas", "scipy", "sklearn", "pyarrow", "lightgbm", "matplotlib")
LAMBDA_LIMIT_BYTES = 250 * 1024 * 1024


@dataclass
class PackageReport:
    """What is inside a built deployment package."""

    zip_path: Path
    zipped_bytes: int
    unzipped_bytes: int
    top_level: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)

    @property
    def fits(self) -> bool:
        """Under Lambda's unzipped limit and free of the heavy data-science packages."""
        return self.unzipped_bytes < LAMBDA_LIMIT_BYTES and not self.forbidden

    def summary(self) -> str:
        """One paragraph for people."""
        mb = 1024 * 1024
        return (f"{self.zip_path}: {self.zipped_bytes / mb:.1f} MB zipped, "
                f"{self.unzipped_bytes / mb:.1f} MB unzipped (limit 250 MB); "
                f"forbidden packages: {', '.join(self.forbidden) or 'none'}; "
                f"{len(self.top_level)} top-level entries")


def link_vendor(app_dir: Path = APP_DIR, packages: tuple[str, ...] = VENDORED) -> Path:
    """(Re)create ``vendor/`` with one relative symlink per package of ours.

    The links are committed (so ``chalice deploy`` works from a fresh checkout); this
    recreates them if they are missing or stale.
    """
    vendor = app_dir / "vendor"
    if vendor.is_symlink() or vendor.is_file():
        vendor.unlink()
    vendor.mkdir(exist_ok=True)
    for name in packages:
        link = vendor / name
        if link.is_symlink() or link.exists():
            if link.is_dir() and not link.is_symlink():
                shutil.rmtree(link)
            else:
                link.unlink()
        link.symlink_to(Path(os.path.relpath(ROOT / name, vendor)), target_is_directory=True)
    return vendor


def build_package(out_dir: Path, *, stage: str = "dev", chalice: str | None = None,
                  timeout: float = 1200) -> Path:
    """Run ``chalice package`` into ``out_dir``; returns the deployment zip."""
    link_vendor()
    out_dir = Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    chalice = chalice or str(Path(sys.executable).with_name("chalice"))
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.setdefault("AWS_DEFAULT_REGION", "us-east-1")  # chalice package wants a region
    result = subprocess.run([chalice, "package", "--stage", stage, str(out_dir)], cwd=APP_DIR,
                            env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"chalice package failed:\n{result.stdout}\n{result.stderr}")
    return out_dir / "deployment.zip"


def inspect_package(zip_path: Path) -> PackageReport:
    """Sizes, top-level entries and any forbidden package inside the zip."""
    with zipfile.ZipFile(zip_path) as archive:
        infos = archive.infolist()
    top = sorted({i.filename.split("/", 1)[0] for i in infos})
    bare = {t.split("-")[0].split(".")[0].lower() for t in top}
    forbidden = [name for name in FORBIDDEN if name in bare]
    return PackageReport(zip_path=Path(zip_path), zipped_bytes=Path(zip_path).stat().st_size,
                         unzipped_bytes=sum(i.file_size for i in infos), top_level=top,
                         forbidden=forbidden)


def main(argv: list[str] | None = None) -> int:
    """Command line: build, print the report, exit 1 when it does not fit."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "build" / "lambda"))
    parser.add_argument("--stage", default="dev")
    parser.add_argument("--link-only", action="store_true",
                        help="Only (re)create the vendor/ symlinks (before `chalice deploy`).")
    args = parser.parse_args(argv)
    if args.link_only:
        print(f"linked {', '.join(VENDORED)} into {link_vendor()}")
        return 0
    report = inspect_package(build_package(Path(args.out), stage=args.stage))
    print(report.summary())
    return 0 if report.fits else 1


if __name__ == "__main__":
    sys.exit(main())
