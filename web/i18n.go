package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// The interface languages. Incidents keep their own language; these name
// the language of headings, buttons and messages around them.
const (
	uiEN = "en"
	uiZH = "zh"
)

// uiCookie remembers the interface language a user chose with ?ui=.
const uiCookie = "ui"

// uiKey is where uiLanguage leaves the request's interface language in
// the Gin context.
const uiKey = "incidex.ui"

// uiLanguage picks the interface language of a request: ?ui=zh|en (which
// also sets the ui cookie, so that the links of the page keep it), else
// the ui cookie, else the Accept-Language header (zh* → zh, else en).
func uiLanguage() gin.HandlerFunc {
	return func(c *gin.Context) {
		lang := ""
		if q, ok := c.GetQuery("ui"); ok {
			if l := validUI(q); l != "" {
				lang = l
				if !isAPI(c) {
					http.SetCookie(c.Writer, &http.Cookie{
						Name: uiCookie, Value: l, Path: "/",
						MaxAge:   int((365 * 24 * time.Hour).Seconds()),
						HttpOnly: true, Secure: c.Request.TLS != nil, SameSite: http.SameSiteLaxMode,
					})
				}
			}
		}
		if lang == "" {
			if ck, err := c.Request.Cookie(uiCookie); err == nil {
				lang = validUI(ck.Value)
			}
		}
		if lang == "" {
			lang = acceptLanguage(c.GetHeader("Accept-Language"))
		}
		c.Set(uiKey, lang)
		c.Next()
	}
}

func validUI(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case uiZH:
		return uiZH
	case uiEN:
		return uiEN
	}
	return ""
}

// acceptLanguage reads an Accept-Language header: the most preferred of
// its Chinese and English tags decides, the first one on a tie; with
// neither the interface is English.
func acceptLanguage(h string) string {
	best, bestQ := uiEN, 0.0
	for i, part := range strings.Split(h, ",") {
		if i >= 32 {
			break // a header this long is not a browser's
		}
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		tag = strings.ToLower(strings.TrimSpace(tag))
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.TrimSpace(k) == "q" {
				f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || f < 0 || f > 1 {
					f = 0
				}
				q = f
			}
		}
		var l string
		switch {
		case tag == "zh" || strings.HasPrefix(tag, "zh-"):
			l = uiZH
		case tag == "en" || strings.HasPrefix(tag, "en-"):
			l = uiEN
		default:
			continue
		}
		if q > bestQ {
			best, bestQ = l, q
		}
	}
	return best
}

// uiOf returns the interface language uiLanguage chose for c.
func uiOf(c *gin.Context) string {
	if l := c.GetString(uiKey); l == uiZH {
		return uiZH
	}
	return uiEN
}

// switchURL is the address of this page in the other language: the same
// path and parameters, with ui= set.
func switchURL(c *gin.Context, to string) string {
	v := c.Request.URL.Query()
	v.Set("ui", to)
	return c.Request.URL.EscapedPath() + "?" + strings.ReplaceAll(v.Encode(), "+", "%20")
}

// msgs are the strings of the interface by language and key. Both
// languages have every key (TestMessages checks).
var msgs = map[string]map[string]string{
	uiEN: {
		"brand.sub":           "故障复盘搜索",
		"header.search":       "Search postmortems",
		"nav.label":           "Main",
		"nav.search":          "Search",
		"nav.patterns":        "Patterns",
		"nav.sources":         "Sources",
		"nav.api":             "API",
		"switch.label":        "中文",
		"switch.title":        "切换到中文界面",
		"footer.text":         "incidex · a search engine for incident postmortems",
		"footer.api":          "JSON API (OpenAPI)",
		"search.aria":         "Search postmortems",
		"search.section":      "Search only in",
		"search.button":       "Search",
		"search.error":        "This search could not be run",
		"search.examples":     "Try a failure pattern",
		"search.examplesaria": "Example searches",
		"empty.heading":       "No postmortems yet",
		"filters.aria":        "Filters",
		"filters.heading":     "Filters",
		"filters.toggle":      "Filters",
		"filters.clear":       "Clear all",
		"filters.remove":      "Remove this filter",
		"filters.removearia":  "Remove filter",
		"results.aria":        "Results",
		"results.heading":     "Incidents matching ",
		"results.of":          "of",
		"results.incidents":   "incidents",
		"results.ms":          "ms",
		"sort.aria":           "Sort",
		"sort.label":          "Sort",
		"nomore.text":         "No more results on this page.",
		"nomore.link":         "Start over",
		"nomatch.text":        "No incident matches.",
		"nomatch.hint":        "Try fewer or other words, a word in the other language, or remove a filter.",
		"patterns.aria":       "Failure patterns",
		"duration":            "Duration",
		"pager.aria":          "Pages",
		"pager.prev":          "← Previous",
		"pager.next":          "Next →",
		"feed.subscribe":      "Subscribe (Atom)",
		"feed.title":          "incidex: new incidents",
		"filter.pattern":      "pattern: ",
		"filter.org":          "org: ",
		"filter.year":         "year: ",
		"filter.lang":         "language: ",
		"filter.from":         "from: ",
		"filter.to":           "to: ",
		"filter.section":      "only in: ",

		"via.synonym": "matched %s for %s (synonym)",
		"via.english": "matched %s, the English for %s",
		"via.chinese": "matched %s, the Chinese for %s",

		"incident.back":      "← Search",
		"incident.org":       "Organisation",
		"incident.published": "Published",
		"incident.started":   "Started",
		"incident.ended":     "Ended",
		"incident.duration":  "Duration",
		"incident.severity":  "Severity",
		"incident.source":    "Source",
		"incident.similar":   "Similar incidents",
		"incident.untitled":  "Untitled incident",
		"incident.json":      "View as JSON",
		"stub.badge":         "Not fetched yet",
		"stub.note":          "A known write-up, not fetched yet: what is shown is the catalogue's line. Read the original.",
		"stub.read":          "Read the original →",
		"incident.offset":    "Time since the incident began",

		"patterns.title":    "Failure patterns",
		"patterns.heading":  "Failure patterns",
		"patterns.lead":     "How the incidents in the index failed: every pattern with its incidents per year and the organisations it hit most.",
		"patterns.none":     "No incident shows this pattern yet.",
		"patterns.orgs":     "Most affected",
		"patterns.chart":    "Incidents per year",
		"patterns.peak":     "most in",
		"patterns.list":     "List these incidents",
		"sources.title":     "Sources",
		"sources.heading":   "Crawler sources",
		"sources.lead":      "What the crawler fetched from each source on its last pass, and when it runs next.",
		"sources.off":       "The crawler is off (serve --crawl-every off).",
		"sources.offhint":   "Incidents come only from incidex import. Start incidex serve with a crawl interval, or run incidex crawl, to fetch the configured sources.",
		"sources.empty":     "No sources are configured.",
		"sources.name":      "Source",
		"sources.answered":  "answered",
		"sources.noanswer":  "did not answer",
		"sources.last":      "Last pass",
		"sources.next":      "Next pass",
		"sources.fetched":   "Fetched",
		"sources.new":       "New",
		"sources.updated":   "Updated",
		"sources.unchanged": "Unchanged",
		"sources.failed":    "Failed",
		"sources.robots":    "Robots",
		"sources.error":     "Last error",
		"sources.never":     "never",
		"sources.unplanned": "not scheduled",
		"sources.running":   "running now",
		"sources.total":     "Total",
		"sources.json":      "View as JSON",

		"error.back":        "← Back to search",
		"error.404":         "Page not found",
		"error.404text":     "There is nothing at this address. It may have been mistyped, or the incident was removed.",
		"error.500":         "Something went wrong",
		"error.500text":     "The server could not answer this request. The error has been logged; please try again.",
		"error.noincident":  "There is no incident with this id.",
		"error.removed":     "There is no incident with this id. It may have been removed.",
		"error.badrequest":  "Bad request",
		"error.toomany":     "Too many requests",
		"error.toomanytext": "Please slow down and try again in a moment.",
	},
	uiZH: {
		"brand.sub":           "故障复盘搜索",
		"header.search":       "搜索故障复盘",
		"nav.label":           "导航",
		"nav.search":          "搜索",
		"nav.patterns":        "故障模式",
		"nav.sources":         "数据源",
		"nav.api":             "API",
		"switch.label":        "English",
		"switch.title":        "Switch to English",
		"footer.text":         "incidex · 故障复盘搜索引擎",
		"footer.api":          "JSON API（OpenAPI）",
		"search.aria":         "搜索故障复盘",
		"search.section":      "搜索范围",
		"search.button":       "搜索",
		"search.error":        "无法执行搜索",
		"search.examples":     "试试这些故障模式",
		"search.examplesaria": "搜索示例",
		"empty.heading":       "还没有故障复盘",
		"filters.aria":        "筛选",
		"filters.heading":     "筛选条件",
		"filters.toggle":      "筛选",
		"filters.clear":       "清除全部",
		"filters.remove":      "移除此筛选条件",
		"filters.removearia":  "移除筛选条件",
		"results.aria":        "搜索结果",
		"results.heading":     "搜索结果：",
		"results.of":          "共",
		"results.incidents":   "起故障",
		"results.ms":          "毫秒",
		"sort.aria":           "排序",
		"sort.label":          "排序",
		"nomore.text":         "本页没有更多结果。",
		"nomore.link":         "重新开始",
		"nomatch.text":        "没有匹配的故障复盘。",
		"nomatch.hint":        "试试更少或别的词、换一种语言的说法，或去掉一个筛选条件。",
		"patterns.aria":       "故障模式",
		"duration":            "持续时间",
		"pager.aria":          "分页",
		"pager.prev":          "← 上一页",
		"pager.next":          "下一页 →",
		"feed.subscribe":      "订阅（Atom）",
		"feed.title":          "incidex：新的故障复盘",
		"filter.pattern":      "模式：",
		"filter.org":          "公司：",
		"filter.year":         "年份：",
		"filter.lang":         "语言：",
		"filter.from":         "起：",
		"filter.to":           "止：",
		"filter.section":      "仅搜索：",

		"via.synonym": "匹配了 %s（%s 的同义词）",
		"via.english": "匹配了 %s（%s 的英文说法）",
		"via.chinese": "匹配了 %s（%s 的中文说法）",

		"incident.back":      "← 搜索",
		"incident.org":       "公司",
		"incident.published": "发布",
		"incident.started":   "开始",
		"incident.ended":     "结束",
		"incident.duration":  "持续",
		"incident.severity":  "级别",
		"incident.source":    "原文",
		"incident.similar":   "相似故障",
		"incident.untitled":  "无标题故障",
		"incident.json":      "查看 JSON",
		"stub.badge":         "尚未抓取",
		"stub.note":          "已知的故障复盘，全文尚未抓取：这里只是目录中的一行介绍。请阅读原文。",
		"stub.read":          "阅读原文 →",
		"incident.offset":    "距故障开始的时间",

		"patterns.title":    "故障模式",
		"patterns.heading":  "故障模式",
		"patterns.lead":     "索引中的故障是怎样发生的：每种故障模式的逐年故障数，以及受影响最多的公司。",
		"patterns.none":     "还没有故障属于这一模式。",
		"patterns.orgs":     "受影响最多",
		"patterns.chart":    "逐年故障数",
		"patterns.peak":     "最多的一年",
		"patterns.list":     "列出这些故障",
		"sources.title":     "数据源",
		"sources.heading":   "爬虫数据源",
		"sources.lead":      "爬虫上一轮从每个数据源抓取了什么，以及下一轮何时运行。",
		"sources.off":       "爬虫未开启（serve --crawl-every off）。",
		"sources.offhint":   "目前的故障复盘只来自 incidex import。用带抓取间隔的 incidex serve 启动，或运行 incidex crawl，即可抓取配置的数据源。",
		"sources.empty":     "没有配置任何数据源。",
		"sources.name":      "数据源",
		"sources.answered":  "已应答",
		"sources.noanswer":  "未应答",
		"sources.last":      "上一轮",
		"sources.next":      "下一轮",
		"sources.fetched":   "抓取",
		"sources.new":       "新增",
		"sources.updated":   "更新",
		"sources.unchanged": "未变",
		"sources.failed":    "失败",
		"sources.robots":    "robots 禁止",
		"sources.error":     "最近的错误",
		"sources.never":     "尚未运行",
		"sources.unplanned": "未安排",
		"sources.running":   "正在运行",
		"sources.total":     "合计",
		"sources.json":      "查看 JSON",

		"error.back":        "← 返回搜索",
		"error.404":         "页面不存在",
		"error.404text":     "这个地址没有内容。可能是输错了，或者该故障复盘已被删除。",
		"error.500":         "服务器错误",
		"error.500text":     "服务器无法处理这个请求。错误已记录，请稍后再试。",
		"error.noincident":  "没有这个编号的故障复盘。",
		"error.removed":     "没有这个编号的故障复盘，它可能已被删除。",
		"error.badrequest":  "请求有误",
		"error.toomany":     "请求过于频繁",
		"error.toomanytext": "请稍等片刻再试。",
	},
}

// msg returns the string of key in lang; a key missing there is shown
// in English, and an unknown key as itself.
func msg(lang, key string) string {
	if s, ok := msgs[lang][key]; ok {
		return s
	}
	if s, ok := msgs[uiEN][key]; ok {
		return s
	}
	return key
}

// other is the interface language that is not lang.
func other(lang string) string {
	if lang == uiZH {
		return uiEN
	}
	return uiZH
}
