#!/usr/bin/env python3
"""Write the gold of extract-own-9 (as written by reading, before any extraction) and check that
every contains/excludes phrase occurs in its source (normalised as score_extract.py does).

usage (from the worktree root): python3 cmd/incidex/testdata/extract-own-9/mkgold.py ../shared
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
G(1, "hn-github-status-degraded-performance", "opendoccn-hackernews-2024-zh/GitHub-Status-We-are-investigating-reports-of-degraded-performance-.md",
  "zh", ["GitHub"], None, None, None, [],
  None, None, None,
  ["我们正在调查性能下降的报告"], ["data-otp-enabled", "阿富汗 (+93)"],
  [], []),
G(2, "moj-2023-07-25-prometheus-live-down", "moj-cloud-platform/2023-07-25-prometheus-on-live-cluster-down.md",
  "en", ["Cloud Platform", "cloud-platform", "Ministry of Justice", "MoJ"], "2023-07-25T14:05", "2023-07-25T15:55", [110, 133],
  [("2023-07-25T14:05", "PagerDuty High Priority alert from Pingdom"), ("2023-07-25T14:09", "Prometheus pod is in terminating state"),
   ("2023-07-25T14:17", "went to Not Ready state"), ("2023-07-25T14:22", "Drain the monitoring node"),
   ("2023-07-25T14:56", "the prometheus restarted just after coming back"), ("2023-07-25T15:20", "node memory is spiking to 89%"),
   ("2023-07-25T15:31", "Changed the instance size"), ("2023-07-25T15:50", "terminated with OOMKilled"),
   ("2023-07-25T16:18", "Updated the prometheus container limits")],
  (["Due to increase number of namespaces and prometheus rules, the prometheus server needed more memory",
    "The instance size was not enough to keep the prometheus running"], ["Add alert to monitor the node memory usage"]),
  (["Updating the node type to double the cpu and memory", "Add alert to monitor the node memory usage"],
   ["Due to increase number of namespaces and prometheus rules"]),
  (["Prometheus is not Available", "The Cloud Platform lose the monitoring for a period of time"], ["Add alert to monitor the node memory usage"]),
  ["Team found that the node memory is spiking to 89%"], ["weight: 7", "title: Incident on"],
  ["capacity"], ["monitoring", "hardware", "config-change", "storage", "software-bug"]),
G(3, "icco-vzaar-wrong-branch-release", "icco-postmortems/ecd98ce8-09ec-47d7-be67-d3edfad9fead.md",
  "en", ["VZaar"], None, None, None, [],
  (["A release was made from the wrong VCS branch", "database changes being applied which broke production"], []),
  None, None,
  ["A release was made from the wrong VCS branch"], ["source_published_at", "uuid: ecd98ce8"],
  ["deployment"], ["human-error", "database", "config-change", "automation"]),
G(4, "icco-basecamp-ddos-2014", "icco-postmortems/a416646e-c970-4111-9ed0-370eecd286fc.md",
  "en", ["Basecamp"], "2014-03-24", None, [100, 100],
  [("2014-03-24", "network was under a DDoS attack")],
  (["was under a DDoS attack"], []),
  None, None,
  ["during a 100-minute window"], ["uuid: a416646e", "company: Basecamp"],
  ["security"], ["network", "capacity"]),
G(5, "icco-arpanet-routing-1980", "icco-postmortems/c8c96619-9c15-40a7-8087-5b1ecf345adc.md",
  "en", ["ARPANET"], "1980-10-27", None, None,
  [("1980-10-27", "experienced a network-wide outage")],
  (["freakish hardware malfunction", "being retransmitted with corrupted sequence numbers"], ["patching IMPs to disregard updates from IMP 50"]),
  (["patching IMPs to disregard updates from IMP 50", "A more permanent fix was proposed to modify the definition of"],
   ["The immediate cause was a"]),
  (["Customer impact was severe", "Connections were summarily broken"], ["patching IMPs to disregard updates from IMP 50"]),
  ["Attempts to restart individual IMPs were temporarily successful"], ["source_fetched_at", "keywords:"],
  ["network", "hardware"], ["software-bug", "cascading-failure", "capacity", "retry-storm"]),
G(6, "icco-strava-integer-key-2014", "icco-postmortems/5f045844-3327-436f-8e82-e0bab4c3af5f.md",
  "en", ["Strava"], "2014-07-29T15:10", "2014-07-30T07:00", [840, 950],
  [("2014-07-29T15:10", "inserts started failing"), ("2014-07-29T16:10", "brought the site back online"),
   ("2014-07-30T07:00", "all uploads were processed by")],
  (["hit the maximum positive value of a 4-byte signed integer", "this particular database was missing keyspace-utilization monitoring"],
   ["audit every primary key in the system"]),
  (["audit every primary key in the system", "add keyspace monitoring as part of standard production review"],
   ["hit the maximum positive value of a 4-byte signed integer"]),
  (["For about 35 minutes all uploads failed"], ["audit every primary key in the system"]),
  ["The migration took about 9 hours"], ["archive_url", "source_published_at"],
  ["database"], ["capacity", "software-bug", "monitoring", "communication", "automation"]),
G(7, "icco-aws-elb-christmas-2012", "icco-postmortems/cee00e02-03d4-4354-a5a6-ad10b48c812e.md",
  "en", ["Amazon", "AWS"], "2012-12-24T12:24", "2012-12-25T12:05", [1420, 1422],
  [("2012-12-24T12:24", "a maintenance process inadvertently deleted a portion"),
   ("2012-12-25T02:45", "an alternate recovery process successfully restored a snapshot"),
   ("2012-12-25T10:30", "almost all affected load balancers had been restored"),
   ("2012-12-25T12:05", "The service was declared operating normally")],
  (["a maintenance process inadvertently deleted a portion", "performed by a developer with persistent access"],
   ["modifying access controls for production ELB state data"]),
  (["modifying access controls for production ELB state data", "The data recovery process was also improved"],
   ["performed by a developer with persistent access"]),
  (["the impact was limited to high latency and error rates for ELB API calls", "6.8% of running ELB load balancers were impacted"],
   ["modifying access controls for production ELB state data"]),
  ["Service workflows and APIs were then slowly re-enabled"], ["source_fetched_at", "maintenance error"],
  ["data-loss"], ["human-error", "automation", "backup-restore", "config-change", "cascading-failure", "capacity"]),
G(8, "tns-six-scary-outage-stories", "opendoccn-thenewstack-zh/6-scary-outage-stories-from-ctos.md",
  "zh", None, None, None, None,
  [("2020-05-30T04:00", "我们所依赖的 AddTrust 根证书颁发机构")],
  None, None, None,
  ["推送通知停机了"], ["Created with Sketch", "xmlns:xlink"],
  [], ["dns", "capacity", "storage", "database", "certificate", "software-bug", "dependency", "monitoring",
       "human-error", "network"]),
G(9, "icco-atlassian-site-deletion-2022", "icco-postmortems/b79bbd0b-b4d9-459e-90b6-15cbf95857b2.md",
  "en", ["Atlassian"], "2022-04-05T07:38", "2022-04-18", [18262, 20160],
  [("2022-04-05T07:38", "lost access to their Atlassian products"), ("2022-04-08", "the first sites being restored"),
   ("2022-04-05T07:38", "the immediate deletion of 883 sites")],
  (["a critical communication gap led the team to provide IDs for entire cloud sites",
    "The API used for deletion lacked sufficient warning mechanisms"], ["accelerating its Disaster Recovery program"]),
  (["Atlassian is implementing universal", "creating a large-scale incident communications playbook"],
   ["a critical communication gap led the team"]),
  (["prolonged loss of access to their Atlassian products"], ["accelerating its Disaster Recovery program"]),
  ["did not cross-check the provided cloud site IDs"], ["source_published_at", "source_fetched_at"],
  ["automation"], ["data-loss", "human-error", "communication", "backup-restore", "config-change", "deployment"]),
G(10, "dfds-pm2022-005-node-ipc", "dfds-postmortems/PM2022-005-Node-IPC-incident-response.md",
  "en", ["DFDS"], "2022-03-07", None, None,
  [("2022-03-07", "Vulnerability committed into node package"), ("2022-03-08", "Fix committed into node-ipc package"),
   ("2022-03-18T08:37", "Emil notified by social media"), ("2022-03-18T08:39", "Emil notified team via slack"),
   ("2022-03-18T09:00", "Audun found four effected repositories"), ("2022-03-18T09:20", "John removed"),
   ("2022-03-18T09:25", "Freight team was notified"), ("2022-03-18T10:07", "Audun evaluated two repositories in Github"),
   ("2022-03-18T11:20", "Ross made commit to fix the version")],
  (["This package contains malicious code"], ["We need to have a SCA scanner"]),
  (["We need to have a SCA scanner", "We need a Security Operation Centre"], ["This package contains malicious code"]),
  (["we were not affected due to not updating to the latest version"], ["We need to have a SCA scanner"]),
  ["Political Situation / War"], [],
  ["security"], ["dependency", "software-bug", "deployment"],
  lessons=(["Packages can be highjacked very easy", "Difficult to verify transitive dependencies"],
           ["We need a Security Operation Centre"])),
G(11, "icco-cloudflare-tiered-cache-2022", "icco-postmortems/32b081c5-bfd7-4986-82e6-9e9cd7740c95.md",
  "en", ["Cloudflare"], "2022-10-25T08:40", "2022-10-25T18:04", [350, 564],
  [("2022-10-25T08:40", "a software release for a Cloudflare CDN component began rolling out"),
   ("2022-10-25T17:28", "affecting approximately 5% of all HTTP requests"),
   ("2022-10-25T17:03", "confirming the root cause"), ("2022-10-25T18:04", "with impact ending once the reversion was complete")],
  (["new distributed tracing code introduced into the Tiered Cache logic", "This code inadvertently cleared control headers"],
   ["expand acceptance test coverage"]),
  (["include larger Tiered Cache upper tier data centers in earlier release stages", "expand acceptance test coverage"],
   ["inadvertently cleared control headers"]),
  (["Customers using Tiered Cache, Cloudflare Images, or Bandwidth Alliance were impacted"], ["expand acceptance test coverage"]),
  ["confirming the root cause at 17:03 UTC"], ["archive_url", "source_published_at"],
  ["deployment", "software-bug"], ["dns", "config-change", "monitoring", "network"]),
G(12, "techcrunch-google-docs-2010", "apachecn-techcrunch-2007-2014-zh/google-docs-just-picked-a-bad-time-to-fail-but-theres-a-fix.md",
  "zh", ["Google", "谷歌"], None, None, None, [],
  None,
  (["使用屏幕顶部的选项切换回旧版本"], []),
  (["受影响的用户无法访问在新的预览版本中创建的电子表格"], []),
  ["Twitter 搜索产生了无数个抱怨停电的人"], ["img/884cc190b23fb971e866a49cadd186c6.png"],
  [], ["software-bug", "deployment", "capacity", "dependency"]),
G(13, "icco-mars-pathfinder-1997", "icco-postmortems/e21166ff-b35a-4309-99cd-4a8bf5e22305.md",
  "en", ["NASA", "JPL"], "1997-07", None, None, [],
  (["a priority inversion problem within the VxWorks operating system", "task acquired a mutual exclusion semaphore but was then preempted"],
   ["remotely patching the spacecraft's flight software"]),
  (["remotely patching the spacecraft's flight software", "This patch enabled priority inheritance for the semaphore"],
   ["The root cause was identified as a priority inversion"]),
  (["terminating current ground-commanded activities and delaying daily operations"], ["remotely patching the spacecraft's flight software"]),
  ["reproducing the failure in a lab environment"], ["source_fetched_at", "real-time operating system"],
  ["software-bug"], ["time", "dependency", "capacity", "cascading-failure"]),
G(14, "icco-google-europe-west2-cooling-2022", "icco-postmortems/ac43196d-9cca-4310-b1a5-916322e2a469.md",
  "en", ["Google"], "2022-07-19T06:33", "2022-07-20T21:20", [2327, 2327],
  [("2022-07-19T06:33", "a simultaneous failure of multiple, redundant cooling systems"),
   ("2022-07-19T10:05", "powered down a portion of the impacted zone"), ("2022-07-19T14:13", "repaired the cooling system"),
   ("2022-07-20T04:28", "were largely operational"), ("2022-07-20T21:20", "full mitigation achieved")],
  (["a combined failure of multiple cooling systems and exceptionally high external temperatures",
    "an inadvertent modification of traffic routing for internal services"], ["repairing and re-testing zonal failover automation"]),
  (["repairing and re-testing zonal failover automation", "developing advanced methods to progressively decrease thermal load"],
   ["inability of a data center in europe-west2-a to maintain safe operating temperatures"]),
  (["Customers experienced issues such as VM terminations"], ["repairing and re-testing zonal failover automation"]),
  ["of affected Google Compute Engine instances"], ["source_fetched_at", "multi-product"],
  ["power-facility"], ["config-change", "network", "failover", "storage", "cascading-failure", "capacity", "automation",
                       "hardware"]),
G(15, "icco-github-mysql-migration-2021", "icco-postmortems/80919009-d534-486c-9142-284d27690da0.md",
  "en", ["GitHub"], "2021-11-27T20:40", "2021-11-27T23:30", [170, 170],
  [("2021-11-27T20:40", "GitHub experienced an incident that significantly impacted")],
  (["a novel failure mode during a schema migration on a large MySQL table", "entered a semaphore deadlock"],
   ["prioritizing functional partitioning efforts"]),
  (["prioritizing functional partitioning efforts", "increase the over-provisioning of each cluster"],
   ["entered a semaphore deadlock"]),
  (["significantly impacted the availability of core services"], ["prioritizing functional partitioning efforts"]),
  ["Write operations remained healthy"], ["source_published_at", "uuid: 80919009"],
  ["database", "cascading-failure"], ["capacity", "config-change", "deployment", "software-bug", "automation", "failover"]),
G(16, "icco-gocardless-postgres-lock", "icco-postmortems/50a576ca-3171-417a-b001-50093be2d910.md",
  "en", ["GoCardless"], None, None, [0, 1], [],
  (["triggered by an ALTER TABLE statement attempting to add a foreign key constraint",
    "a long-running read query was simultaneously holding an AccessShare lock"], ["eliminating long-running queries"]),
  (["eliminating long-running queries", "setting lock_timeout in migration scripts"],
   ["triggered by an ALTER TABLE statement"]),
  (["approximately 15 seconds of unexpected API downtime"], ["setting lock_timeout in migration scripts"]),
  ["entered a queue"], ["source_published_at", "uuid: 50a576ca"],
  ["database"], ["config-change", "deployment", "capacity", "cascading-failure"]),
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
