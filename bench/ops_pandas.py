"""The ServiceNow KPIs of docs/ops.md computed with pandas, written as well as
pandas allows: only the needed columns, categorical/boolean dtypes, vectorised
group-bys. Prints the same JSON fields as `candor ops kpi --json` (a subset)."""
import json
import sys

import pandas as pd

path = sys.argv[1]
columns = ["number", "reassignment_count", "reopen_count", "sys_mod_count", "made_sla", "opened_at",
           "sys_updated_at", "priority", "resolved_at"]
frame = pd.read_csv(path, usecols=columns, na_values=["?"], keep_default_na=False,
                    dtype={"number": "string", "reassignment_count": "Int32", "reopen_count": "Int32",
                           "sys_mod_count": "int64", "made_sla": "string", "opened_at": "string",
                           "sys_updated_at": "string", "priority": "category", "resolved_at": "string"},
                    engine="c")
date_format = "%d/%m/%Y %H:%M"
frame["sys_updated_at"] = pd.to_datetime(frame["sys_updated_at"], format=date_format)
frame["row"] = range(len(frame))
state = frame.sort_values(["number", "sys_mod_count", "sys_updated_at", "row"]).drop_duplicates("number", keep="last")
opened = pd.to_datetime(state["opened_at"], format=date_format)
resolved = pd.to_datetime(state["resolved_at"], format=date_format)
hours = (resolved - opened).dt.total_seconds() / 3600.0
made_sla = state["made_sla"].str.lower().isin(["true", "t", "yes", "y", "1"])
per_case = frame.groupby("number", sort=False).agg(reopen=("reopen_count", "max"), reassign=("reassignment_count", "max"))
cases = len(state)
result = {
    "events": len(frame),
    "cases": cases,
    "sla_met_ratio": float(made_sla.mean()),
    "reopen_ratio": float((per_case["reopen"].fillna(0) > 0).sum() / cases),
    "mean_reassignments": float(per_case["reassign"].fillna(0).clip(lower=0).sum() / cases),
    "priorities": [],
}
state = state.assign(hours=hours, made_sla=made_sla, resolved=resolved.notna())
for priority, group in state.groupby("priority", observed=True, sort=True):
    resolved_hours = group["hours"].dropna()
    result["priorities"].append({
        "priority": str(priority), "cases": int(len(group)), "resolved": int(group["resolved"].sum()),
        "p50_hours": float(resolved_hours.quantile(0.5)), "p90_hours": float(resolved_hours.quantile(0.9)),
        "sla_met_ratio": float(group["made_sla"].mean())})
print(json.dumps(result))
