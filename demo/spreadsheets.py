"""Regenerate the sample household spreadsheets from the demo generator.

    python -m demo.spreadsheets

writes data/households-sample.csv (English columns and values) and data/households-sample.xlsx
(Turkish columns and values): the same 494 demo households, in the format the import expects.
"""

from __future__ import annotations

from pathlib import Path

from config import get_settings
from demo.households import DEFAULT_SEED, N_HOUSEHOLDS, generate_households
from domain.households import Household
from geodata.graph import load_graph
from store.exports.households import household_columns, household_record, write_csv, write_xlsx

SAMPLE_CSV = "households-sample.csv"
SAMPLE_XLSX = "households-sample.xlsx"
"""File names of the samples in the data folder (`paths.data_dir`)."""


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
    settings = get_settings()
    paths = settings.paths
    road = load_graph(paths.inegol_osm, settings.geodata, cache_dir=paths.cache_dir)
    households = generate_households(road, n=N_HOUSEHOLDS, seed=DEFAULT_SEED)
    write_samples(households, paths.data_dir / SAMPLE_CSV, paths.data_dir / SAMPLE_XLSX)
    print(f"wrote {len(households)} households to {SAMPLE_CSV} and {SAMPLE_XLSX}")


if __name__ == "__main__":
    main()
