"""Regenerate the sample household spreadsheets from the demo generator.

    python -m demo.spreadsheets

writes data/households-sample.csv (English columns and values) and data/households-sample.xlsx
(Turkish columns and values): the same 494 demo households, in the format the import expects.
"""

from __future__ import annotations

from pathlib import Path

from demo.households import DEFAULT_SEED, N_HOUSEHOLDS, generate_households
from domain.households import Household
from geodata.graph import load_graph
from geodata.settings import GeodataSettings
from store.exports.households import household_columns, household_record, write_csv, write_xlsx
from store.settings import REPO_ROOT

SAMPLE_CSV = REPO_ROOT / "data" / "households-sample.csv"
SAMPLE_XLSX = REPO_ROOT / "data" / "households-sample.xlsx"


def write_samples(households: list[Household], csv_path: Path, xlsx_path: Path) -> None:
    """Write `households` as an English CSV and a Turkish Excel workbook."""
    with csv_path.open("w", encoding="utf-8", newline="") as out:
        write_csv(
            [household_record(h, lang="en") for h in households], out, household_columns("en")
        )
    write_xlsx(
        [household_record(h, lang="tr") for h in households], xlsx_path, household_columns("tr")
    )


def main() -> None:
    """Generate the demo households of the bundled İnegöl extract and write both samples."""
    settings = GeodataSettings()
    road = load_graph(settings.inegol_osm, settings)
    households = generate_households(road, n=N_HOUSEHOLDS, seed=DEFAULT_SEED)
    write_samples(households, SAMPLE_CSV, SAMPLE_XLSX)
    print(f"wrote {len(households)} households to {SAMPLE_CSV.name} and {SAMPLE_XLSX.name}")


if __name__ == "__main__":
    main()
