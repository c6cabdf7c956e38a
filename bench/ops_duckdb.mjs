// The ServiceNow KPIs of docs/ops.md in plain DuckDB SQL over the CSV, on all
// threads, reading only the needed columns with native types. Prints the
// same JSON fields as `candor ops kpi --json` (a subset).
import { DuckDBInstance } from '@duckdb/node-api';
import os from 'node:os';

const path = process.argv[2].replaceAll("'", "''");
const instance = await DuckDBInstance.create(':memory:', { threads: String(os.cpus().length) });
const connection = await instance.connect();
const sql = `
WITH events AS (
  SELECT number, reassignment_count, reopen_count, sys_mod_count, made_sla, opened_at, sys_updated_at, priority, resolved_at
  FROM read_csv('${path}', header = true, nullstr = '?', timestampformat = '%d/%m/%Y %H:%M',
                types = {'number': 'VARCHAR', 'reassignment_count': 'INTEGER', 'reopen_count': 'INTEGER',
                         'sys_mod_count': 'BIGINT', 'made_sla': 'BOOLEAN', 'opened_at': 'TIMESTAMP',
                         'sys_updated_at': 'TIMESTAMP', 'priority': 'VARCHAR', 'resolved_at': 'TIMESTAMP'})
), cases AS (
  SELECT number, count(*) AS events,
         max_by(struct_pack(priority, made_sla, opened_at, resolved_at), (sys_mod_count, sys_updated_at)) AS s,
         coalesce(max(reopen_count), 0) AS reopen, greatest(coalesce(max(reassignment_count), 0), 0) AS reassign
  FROM events GROUP BY number
), by_priority AS (
  SELECT s.priority AS priority, count(*) AS cases, count(s.resolved_at) AS resolved,
         quantile_cont(date_diff('second', s.opened_at, s.resolved_at) / 3600.0, 0.5) AS p50_hours,
         quantile_cont(date_diff('second', s.opened_at, s.resolved_at) / 3600.0, 0.9) AS p90_hours,
         avg(CASE WHEN s.made_sla THEN 1.0 ELSE 0.0 END) AS sla_met_ratio,
         sum(events) AS events, sum(CASE WHEN reopen > 0 THEN 1 ELSE 0 END) AS reopened, sum(reassign) AS reassignments,
         sum(CASE WHEN s.made_sla THEN 1 ELSE 0 END) AS sla_met
  FROM cases GROUP BY ALL
)
SELECT * FROM by_priority ORDER BY priority`;
const reader = await connection.runAndReadAll(sql);
const rows = reader.getRowObjectsJS();
const total = (key) => rows.reduce((sum, row) => sum + Number(row[key]), 0);
const cases = total('cases');
console.log(JSON.stringify({
  events: total('events'),
  cases,
  sla_met_ratio: total('sla_met') / cases,
  reopen_ratio: total('reopened') / cases,
  mean_reassignments: total('reassignments') / cases,
  priorities: rows.map((row) => ({
    priority: row.priority, cases: Number(row.cases), resolved: Number(row.resolved),
    p50_hours: row.p50_hours, p90_hours: row.p90_hours, sla_met_ratio: Number(row.sla_met_ratio),
  })),
}));
