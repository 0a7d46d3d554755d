"""The periodic parcel planner: choose each family's day in the cycle, then route every day.

`calendar` gives a month's working days and cycles, `assign` chooses the days, `problem`
builds a day's routing problem, `month` plans a month end to end (assign → route → improve),
`reschedule` moves a not-at-home family to another day of its cycle, `baseline` is the
office's old rule (neighbourhood → fixed days) for comparison, `loading` lists each van's load.
"""
