"""The batch's file listing: which files, in which order, and never held whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.files import FileListing, expand_paths

TREE = (
    "b.txt",
    "a/z.pdf",
    "a/notes.expected.yaml",
    "a.txt",
    "A.docx",
    ".hidden/x.txt",
    "c/.secret.txt",
    "c/d/e.json",
    "c/d/readme.md",
)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of résumé-like files, labels and hidden entries."""
    for name in TREE:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    return tmp_path


def test_expand_paths_takes_resume_files_in_sorted_path_order(tree: Path) -> None:
    found = [path.relative_to(tree).as_posix() for path in expand_paths([tree])]
    assert found == ["A.docx", "a/z.pdf", "a.txt", "b.txt", "c/d/e.json"]
    assert list(expand_paths([tree])) == sorted(expand_paths([tree]))


def test_a_file_named_explicitly_is_read_whatever_its_name(tree: Path) -> None:
    label = tree / "a" / "notes.expected.yaml"
    assert list(expand_paths([label, tree / "b.txt"])) == [label, tree / "b.txt"]


def test_links_to_folders_are_not_followed(tree: Path) -> None:
    (tree / "loop").symlink_to(tree, target_is_directory=True)
    assert len(list(expand_paths([tree]))) == 5


def test_listing_counts_and_walks_again_each_time(tree: Path) -> None:
    listing = FileListing([tree])
    assert len(listing) == 5
    assert list(listing) == list(listing) == list(expand_paths([tree]))
    (tree / "f.txt").write_text("x", encoding="utf-8")
    assert len(listing) == 5, "the count is taken once, as the progress bar's total"
    assert tree / "f.txt" in listing
    assert tree / "a" / "notes.expected.yaml" not in listing


def test_an_empty_folder_lists_nothing(tmp_path: Path) -> None:
    assert not FileListing([tmp_path])
