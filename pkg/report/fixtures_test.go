package report

import (
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Hand-made records (fictional people) for the report tests: two owners, renewals, an
// early end, open requests, overdue follow-ups, and a body that tries to smuggle HTML,
// links and images into the page.
var fixtureSrc = map[string]string{
	"T0001": `---
id: T0001
name: 青木 さくら
kana: あおき さくら
status: active
owner: 中村 亮
manager: 小川 恵
client: 株式会社サンプル商事
site: 経理部 経理課
supervisor: 田村 一郎
start: 2025-10-01
next: 2026-01-20
contract:
  end: 2026-03-31
  renewals: 1
  history:
    - from: 2025-10-01
      until: 2025-12-31
    - from: 2026-01-01
      until: 2026-03-31
milestones:
  - id: M1
    what: 初日連絡（スタッフへ）
    due: 2025-10-01
    done: 2025-10-01
  - id: M2
    what: 3ヶ月フォロー
    due: 2026-01-05
requests:
  - id: R1
    what: 席が空調の真下で寒い
    plan: 派遣先に席替えを相談
    due: 2026-01-12
    report: 2026-01-14
    how: 電話
---
# 青木 さくら フォロー記録

## 2025-10-01 call 初日

- 初日は緊張したが、チームの雰囲気は良いとのこと

Next: 2025-10-08

## 2025-10-08 visit 1週間

### 確認事項

- 請求書の発行を担当
- 残業は月5時間ほど

### 近況

- 娘さんが中学受験（1月）

Next: 2025-11-05

## 2026-01-08 visit 定期訪問

### 確認事項

- 請求書発行を一人で担当できるようになった

### 相談事項

- R1: 席が空調の真下で寒い

### 近況

- 受験は来週、本人も少し寝不足

### メモ

<script>alert("x")</script> <img src="https://tracker.example/p.png">
[社内ポータル](https://portal.example/page) と ![写真](http://img.example/a.png) と <https://auto.example/x>
[相対リンク](../secret.md)

Next: 2026-01-20
`,
	"T0002": `---
id: T0002
name: 石井 大翔
status: active
owner: 中村 亮
manager: 小川 恵
client: 株式会社サンプル商事
start: 2025-07-01
next: 2026-01-05
contract:
  end: 2025-12-31
  renewals: 1
  history:
    - from: 2025-07-01
      until: 2025-09-30
    - from: 2025-10-01
      until: 2025-12-31
---
## 2025-07-01 visit 初日
Next: 2026-01-05
`,
	"T0003": `---
id: T0003
name: 上野 美月
status: ended
owner: 林 由紀
client: テスト物流株式会社
start: 2025-04-01
contract:
  end: 2025-09-30
  renewals: 1
  history:
    - from: 2025-04-01
      until: 2025-06-30
    - from: 2025-07-01
      until: 2025-09-30
ended:
  date: 2025-08-15
  reason: 家庭の事情
  category: staff-reason
---
## 2025-08-15 終了 就業終了
`,
	"T0004": `---
id: T0004
name: 岡田 蓮
status: active
owner: 林 由紀
client: テスト物流株式会社
start: 2025-11-01
next: 2026-01-15
contract:
  end: 2026-01-31
---
`,
}

var fixtureToday = dates.MustOf(2026, 1, 10)

func fixtureRecords(t testing.TB) []*record.Record {
	t.Helper()
	var out []*record.Record
	for _, id := range []string{"T0001", "T0002", "T0003", "T0004"} {
		r, err := record.Parse(id+".md", []byte(fixtureSrc[id]))
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if err := r.Broken(); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		out = append(out, r)
	}
	return out
}

func fixtureSite(t testing.TB, lang string) *Site {
	t.Helper()
	site, err := Generate(fixtureRecords(t), Options{Config: config.Default(), Today: fixtureToday, Lang: lang, Min: 5})
	if err != nil {
		t.Fatal(err)
	}
	return site
}
