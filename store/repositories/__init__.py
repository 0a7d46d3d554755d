"""Repository functions: typed reads and writes of the store, keyword-only, no HTTP, no commit.

Every function works on a caller's `Session` and leaves the commit to the caller (see
`store.db.session_scope`), so several calls form one all-or-nothing transaction.
"""
