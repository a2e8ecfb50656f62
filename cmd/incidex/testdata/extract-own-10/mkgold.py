#!/usr/bin/env python3
"""Write the gold of extract-own-10 (as written by reading, before any extraction) and check that
every contains/excludes phrase occurs in its source (normalised as score_extract.py does).

usage (from the worktree root): python3 cmd/incidex/testdata/extract-own-10/mkgold.py ../shared
Prints MISSING for a phrase that is not in its document, and 'bad N' at the end.
"""
import json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"


def norm(s):
    s = (s or "").lower()
    s = s.translate(str.maketrans("，：；（）！？｜", ",:;()!?|"))
    return re.sub(r"\s+", "", s)


def G(n, name, doc, lang, org, st, en, dur, tl, cause, rem, imp, tc, tx, req, allowed, lessons=None):
    g = {"doc": doc, "lang": lang, "org": org, "started_at": st, "ended_at": en, "duration_minutes": dur,
         "timeline": [{"at": a, "contains": c} for a, c in tl]}
    for key, sec in (("cause", cause), ("remediation", rem), ("impact", imp), ("lessons", lessons)):
        if sec:
            g[key] = {"contains": sec[0], "excludes": sec[1]}
    g.update({"text_contains": tc, "text_excludes": tx, "patterns": {"required": req, "allowed": allowed}})
    return "%02d-%s.json" % (n, name), g


FM = ["source_published_at", "archive_url"]
golds = [
G(1, "icco-github-actions-codespaces-2026", "icco-postmortems/402733d3-31ee-4ca3-b769-0a9cdf7dd59f.md",
  "en", ["GitHub"], "2026-02-02T18:35", "2026-02-03T00:30", [353, 355],
  [("2026-02-02", "GitHub experienced a significant outage affecting multiple services"),
   ("2026-02-02T18:35", "The incident began at"),
   ("2026-02-02T22:15", "rolling back the erroneous policy changes")],
  (["a loss in telemetry, which led to the mistaken application of security policies",
    "These policies inadvertently blocked access to critical VM metadata"], ["rolling back the erroneous policy changes"]),
  (["rolling back the erroneous policy changes", "ensure safer rollouts of similar changes in the future"],
   ["The root cause was identified as a loss in telemetry"]),
  (["primarily impacted GitHub Actions hosted runners and GitHub Codespaces", "affecting all regions and runner types"],
   ["rolling back the erroneous policy changes"]),
  ["As virtual machines came back online"], ["source_fetched_at", "keywords:"],
  ["config-change"], ["automation", "monitoring", "cascading-failure", "security", "dependency", "deployment",
                      "retry-storm", "storage"]),
G(2, "icco-parity-multisig-hack-2017", "icco-postmortems/877d5b8a-e9d5-4186-a8b6-26406e9499d9.md",
  "en", ["Parity"], None, None, None, [],
  (["a 4000-line software change containing a security bug"], []),
  None, None,
  ["was mistakenly labeled as a UI change"], ["uuid: 877d5b8a", "categories: []"],
  ["security"], ["software-bug", "deployment", "human-error"]),
G(3, "icco-rust-crates-dns-2023", "icco-postmortems/9de8424e-a58a-4c21-857d-4244d8675dcf.md",
  "en", ["rust-lang", "Rust", "crates.io"], "2023-01-25T09:15", None, [10, 15],
  [("2023-01-25T09:15", "we deployed changes to the production infrastructure for crates.io")],
  (["both certificates and DNS records were re-created during the downtime"], []),
  None,
  (["the DNS record for static.crates.io failed to resolve"], ["both certificates and DNS records were re-created"]),
  ["During the deployment"], ["uuid: 9de8424e", "source_fetched_at"],
  ["dns"], ["deployment", "config-change", "certificate", "automation"]),
G(4, "icco-cloudflare-bgp-mcp-2022", "icco-postmortems/34721eea-9a6a-469f-8865-48286476cf29.md",
  "en", ["Cloudflare"], "2022-06-21T06:27", "2022-06-21T07:42", [75, 75],
  [("2022-06-21T06:27", "a network configuration change was deployed"),
   ("2022-06-21T06:58", "The first data center was brought back online")],
  (["an incorrect re-ordering of terms within a BGP policy statement", "was inadvertently moved before the"],
   ["redesigning the problematic policy statement"]),
  (["reverting the problematic change", "redesigning the problematic policy statement"],
   ["The root cause was identified as an incorrect re-ordering"]),
  (["the 19 affected data centers, despite representing only 4%", "experienced an inability to access websites and services"],
   ["redesigning the problematic policy statement"]),
  ["handled 50% of global traffic"], ["archive_url", "source_published_at"],
  ["config-change", "network"], ["automation", "deployment", "capacity", "cascading-failure", "human-error"]),
G(5, "moj-2020-08-14-ingress-crashlooping", "moj-cloud-platform/2020-08-14-ingress-controllers-crashlooping.md",
  "en", ["Cloud Platform", "cloud-platform", "Ministry of Justice", "MoJ"], "2020-08-14T10:43", "2020-08-14T11:38", [37, 55],
  [("2020-08-14T10:43", "First detected"), ("2020-08-14T11:01", "Incident declared"), ("2020-08-14T11:38", "Resolved")],
  (["Issue was with the leader ingress-controller pod", "exhausting the shared memory"],
   ["A restart of the leader ingress-controller pod was required"]),
  (["A restart of the leader ingress-controller pod was required"], ["exhausting the shared memory"]),
  (["Increased risk for all ingresses failing in the cluster"], ["A restart of the leader ingress-controller pod was required"]),
  ["As per a normal runbook process"], ["weight: 27", "title: Incident on"],
  ["capacity"], ["software-bug", "cascading-failure", "config-change", "network"]),
G(6, "icco-northeast-blackout-2003", "icco-postmortems/5b3c17cb-40a7-46dd-bbd0-233fa37a0fd5.md",
  "en", ["FirstEnergy", "Power System Outage Task Force", "Eastern Interconnection"], "2003-08-14", None, [5760, 10080],
  [("2003-08-14T14:14", "alarm processor died silently"),
   ("2003-08-14T15:05", "tripped on contact with under-trimmed trees"),
   ("2003-08-14T16:05", "trip began the high-speed cascade"),
   ("2003-08-14T16:10", "the Northeast separated into multiple electrical islands")],
  (["Inadequate system understanding at FirstEnergy", "tripped on contact with under-trimmed trees"],
   ["make NERC reliability standards mandatory and enforceable"]),
  (["make NERC reliability standards mandatory and enforceable", "mandatory vegetation-management standards on transmission ROWs"],
   ["tripped on contact with under-trimmed trees"]),
  (["affected ~50 million people across Ohio", "About 61,800 MW of load was lost"],
   ["make NERC reliability standards mandatory and enforceable"]),
  ["Operators continued to act on a stale picture of the grid"], ["source_fetched_at", "keywords:"],
  ["cascading-failure"], ["power-facility", "monitoring", "hardware", "software-bug", "communication", "human-error",
                          "capacity"]),
G(7, "icco-elastic-cloud-zookeeper-2019", "icco-postmortems/0b69e012-c539-485c-a2c7-b59c50d0650a.md",
  "en", ["Elastic"], "2019-02-04T02:50", "2019-02-04T18:44", [398, 954],
  [("2019-02-04T02:50", "experienced degraded access to their clusters")],
  (["insufficient metrics during host replacement", "bug that caused CPU softlocks"], ["reducing ZooKeeper dataset size"]),
  (["re-establishing quorum within the ZooKeeper ensemble", "reducing ZooKeeper dataset size"],
   ["stemming from insufficient metrics during host replacement"]),
  (["partial or complete unavailability for Elasticsearch Service deployments", "Kibana access was disrupted for most customers"],
   ["reducing ZooKeeper dataset size"]),
  ["Despite following documented procedures"], ["source_fetched_at", "keywords:"],
  ["monitoring"], ["software-bug", "cascading-failure", "automation", "config-change", "deployment", "capacity",
                   "human-error", "retry-storm"]),
G(8, "techcrunch-rackspace-dallas-2007", "apachecn-techcrunch-2007-2014-zh/quick-plug-the-internet-back-in-major-rackspace-outage.md",
  "zh", ["Rackspace"], None, None, [180, 180], [],
  (["一起交通事故导致电力变压器损坏", "数据中心内的两个冷却器无法启动备份"], []),
  None,
  (["受到了这次中断的影响"], []),
  ["我们在追踪谁离线了"], [],
  ["power-facility"], ["hardware", "failover"]),
G(9, "icco-circleci-waf-2025", "icco-postmortems/c3fab524-b7a3-42e6-b623-47921035df27.md",
  "en", ["CircleCI"], "2025-04-04T00:16", "2025-04-04T01:49", [93, 93],
  [("2025-04-04T00:16", "CircleCI experienced a service disruption affecting its user interface")],
  (["The root cause was identified as an inadvertently applied WAF rule",
    "A misconfiguration in IAM controls allowed an operator to manually modify WAF settings"],
   ["implemented stricter IAM policies"]),
  (["implemented stricter IAM policies", "WAF-specific monitoring and security control policies"],
   ["A misconfiguration in IAM controls allowed an operator"]),
  (["customers were unable to access the CircleCI UI or initiate new builds"], ["implemented stricter IAM policies"]),
  ["fruitless paths of inquiry"], ["source_fetched_at", "keywords:"],
  ["config-change", "human-error"], ["security", "automation", "monitoring", "communication", "network", "deployment"]),
G(10, "icco-incidentio-connection-pool", "icco-postmortems/34b4a47b-a3d6-4bda-acc9-57b621f53468.md",
  "en", ["incident.io"], None, None, [20160, 20160], [],
  (["an unnecessary transaction wrapping every Slack modal submission",
    "an aggregation of many small, fast transactions exhausting the connection pool"], ["Removing these unnecessary transactions"]),
  (["Removing these unnecessary transactions"], ["The ultimate root cause was identified"]),
  (["intermittent application timeouts over a two-week period"], ["Removing these unnecessary transactions"]),
  ["This contention was widespread across many endpoints"], ["source_fetched_at", "keywords:"],
  ["database"], ["capacity", "software-bug", "monitoring", "config-change"]),
G(11, "icco-stackexchange-sql-bugcheck-2017", "icco-postmortems/3aac3a45-0815-432e-8057-f8a02132cd36.md",
  "en", ["Stack Exchange"], "2017-01-24T17:53", "2017-01-24T18:10", [12, 17],
  [("2017-01-24T17:53", "the Stack Exchange network experienced system degradation")],
  (["the primary SQL Server, identified as NY-SQL02, initiated a bugcheck", "a critical bug in the application-level failover logic"],
   ["restarting the SQL service on NY-SQL02"]),
  (["restarting the SQL service on NY-SQL02", "the SQL cluster was updated to 2016 SP1 CU1"],
   ["a critical bug in the application-level failover logic"]),
  (["the Stack Exchange network being inaccessible for 12 minutes", "Approximately 3.5 seconds of data may have been lost"],
   ["restarting the SQL service on NY-SQL02"]),
  ["Although the system was designed to switch to standby SQL servers"], ["archive_url", "source_published_at"],
  ["database", "failover"], ["software-bug", "hardware", "data-loss", "cascading-failure"]),
G(12, "icco-mars-climate-orbiter-1999", "icco-postmortems/7102ef9a-a7ae-4215-a8fe-167a4a8c1de3.md",
  "en", ["NASA", "Lockheed Martin"], "1999-09-23", None, None,
  [("1998-12-11", "The Mars Climate Orbiter, launched on"),
   ("1999-09-23", "communication with the spacecraft was permanently lost")],
  (["a measurement mismatch between two software systems", "calculated thruster impulse in pound-force seconds"],
   ["the Mars Reconnaissance Orbiter later accomplished"]),
  None,
  (["led to the complete loss of the spacecraft and its scientific objectives"], ["a measurement mismatch between two software systems"]),
  ["Concerns raised by navigators regarding the trajectory discrepancy"], ["source_fetched_at", "keywords:"],
  ["software-bug"], ["human-error", "communication", "monitoring", "dependency"]),
G(13, "dfds-pm2022-002-logs-not-shipped", "dfds-postmortems/PM2022-002-Logs-not-shipped-to-CloudWatch.md",
  "en", ["DFDS"], "2022-01-31T12:00", "2022-01-31T13:49", [90, 109],
  [("2022-01-31T12:00", "New fluentd configuration deployed through Terraform and Flux"),
   ("2022-01-31T12:41", "Fluentd available buffer space ratio alert"),
   ("2022-01-31T12:53", "Investigations started"),
   ("2022-01-31T13:04", "annotations were using wrong ARN"),
   ("2022-01-31T13:18", "Change reverted"),
   ("2022-01-31T13:25", "were being restarted with correct ARN"),
   ("2022-01-31T13:49", "All fluentd DaemonSets were running with correct ARN again")],
  (["Human error in not knowing that Hellman logs are stored in a different AWS account",
    "consequences of certain parameters are not necessarily documented"], ["The alert needs a more descriptive name"]),
  (["The alert needs a more descriptive name"], ["Human error in not knowing"]),
  (["Logs in this time span is assumed lost"], ["The alert needs a more descriptive name"]),
  ["All times in UTC"], [],
  ["config-change"], ["human-error", "data-loss", "deployment", "automation", "monitoring"],
  lessons=(["do a diff on everything"], ["The alert needs a more descriptive name"])),
G(14, "icco-stackexchange-regex-2016", "icco-postmortems/bb1d9c14-e8d8-4aa4-a806-31f31f3d96fe.md",
  "en", ["Stack Exchange"], "2016-07-20T14:44", "2016-07-20T15:18", [34, 34],
  [("2016-07-20T14:44", "experienced a 34-minute outage")],
  (["a malformed post that triggered high CPU consumption by a regular expression",
    "exploited a performance characteristic of the backtracking regex engine"],
   ["the problematic regular expression was replaced with a substring function"]),
  (["the problematic regular expression was replaced with a substring function", "audit other regular expressions"],
   ["a malformed post that triggered high CPU consumption"]),
  (["This action made the entire Stack Exchange Network unavailable to users"], ["audit other regular expressions"]),
  ["with 10 minutes to identify the cause"], ["archive_url", "source_published_at"],
  ["software-bug"], ["capacity", "cascading-failure", "failover", "network", "monitoring"]),
G(15, "icco-aws-dynamodb-dns-2025", "icco-postmortems/36858814-a276-4723-8bd2-ce1d46236417.md",
  "en", ["Amazon", "AWS"], "2025-10-19T23:48", "2025-10-20T14:20", [172, 872],
  [("2025-10-19T23:48", "with increased DynamoDB API error rates"),
   ("2025-10-20T02:40", "This initial disruption lasted until"),
   ("2025-10-19T23:48", "EC2 experienced increased API error rates"),
   ("2025-10-20T05:30", "saw increased connection errors"),
   ("2025-10-20T00:38", "Engineers identified DynamoDB's DNS state as the source"),
   ("2025-10-20T02:25", "All DNS information was restored"),
   ("2025-10-20T14:20", "Full recovery across all impacted services was achieved")],
  (["a latent race condition within DynamoDB's automated DNS management system",
    "resulting in an empty DNS record for dynamodb.us-east-1.amazonaws.com"],
   ["NLB issues were mitigated by disabling automatic health check failovers"]),
  (["temporary mitigations were applied by 1:15 AM", "NLB issues were mitigated by disabling automatic health check failovers"],
   ["a latent race condition within DynamoDB's automated DNS management system"]),
  (["The DynamoDB outage cascaded into multiple other AWS services", "Lambda functions experienced API errors and latencies"],
   ["a latent race condition within DynamoDB's automated DNS management system"]),
  ["This left the system in an inconsistent state requiring manual intervention"], ["source_fetched_at", "keywords:"],
  ["dns", "software-bug"], ["automation", "cascading-failure", "database", "retry-storm", "capacity", "network", "failover",
                            "dependency"]),
G(16, "hn-bbc-africa-submarine-cables", "opendoccn-hackernews-2024-zh/South-Africa-Nigeria-Ghana-Liberia-and-Ivory-Coast-hit-by-major-internet-outages-BBC-News.md",
  "zh", None, None, None, None, [],
  (["这次断网是由沿西非海岸线的国际海底电缆损坏造成的", "多个海底光缆断裂是造成中断的原因"], []),
  None,
  (["无法访问基本互联网及社交媒体"], []),
  ["Netblocks称"], ["category: 未分类", "date: 2024-05-27"],
  ["network"], ["hardware", "dependency"]),
]

bad = 0
for name, g in golds:
    src = norm(open(os.path.join(shared, "corpus/docs", g["doc"]), encoding="utf-8").read())
    phrases = [e["contains"] for e in g["timeline"]] + g["text_contains"] + g["text_excludes"]
    for sec in ("cause", "remediation", "impact", "lessons"):
        if sec in g:
            phrases += g[sec]["contains"] + g[sec]["excludes"]
    for p in phrases:
        if norm(p) not in src:
            print("MISSING", name, p)
            bad += 1
    with open(os.path.join(D, name), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("bad", bad)
