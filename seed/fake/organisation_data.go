package fake

// tradeNames are the two-character trade names (字号) of made-up
// companies and listed shares: auspicious words of the kind the business
// registers are full of, none a famous brand.
var tradeNames = []string{
	"华信", "恒通", "博远", "天成", "鑫源", "中科", "宏达", "瑞丰", "金桥", "永盛", "汇通", "盛世",
	"新锐", "远航", "卓越", "嘉禾", "润泽", "海纳", "聚德", "鼎盛", "丰泰", "明辉", "启航", "弘毅",
	"和信", "德润", "康达", "华瑞", "金鼎", "凯旋", "锦程", "天瑞", "恒泰", "广源", "信达", "众诚",
	"东升", "长兴", "宏图", "泰和", "万通", "中天", "华辰", "正阳", "隆基", "亿丰", "同创", "创新",
	"精诚", "诚信", "腾飞", "恒昌", "昌盛", "富源", "中盛", "天宇", "安泰", "佳和", "宏远", "华盛",
	"金泰", "汇丰", "华鑫", "源通", "永泰", "东方", "南方", "西部", "北辰", "华夏", "中原", "长江",
	"珠江", "黄河", "泰山", "天山", "昆仑", "九州", "四海", "五洲", "三元", "金龙", "银河", "星辰",
	"晨光", "曙光", "朝阳", "春晖", "秋实", "海川", "云帆", "蓝海", "青松", "翠柏", "紫荆", "金穗",
	"丰禾", "惠民", "利民", "康宁", "安康", "福瑞", "祥和", "吉泰", "鸿运", "鹏程", "骏达", "致远",
	"通达", "畅联", "智汇", "数联", "云图", "睿思", "博雅", "世纪", "时代", "中联", "联创", "合众",
}

// industryTable holds the CRM's industry classes of institutional clients,
// each with the business words its company names use and a weight
// (manufacturing and IT are the most common institutional clients).
var industryTable = []struct {
	name   string
	weight int
	words  []string
}{
	{"制造业", 22, []string{"机械", "精密制造", "电子", "新材料", "汽车零部件", "智能装备", "塑胶", "五金"}},
	{"信息技术", 16, []string{"科技", "信息技术", "软件", "网络科技", "数据科技", "智能科技"}},
	{"金融业", 10, []string{"投资", "资本管理", "投资管理", "资产管理", "创业投资"}},
	{"房地产", 7, []string{"置业", "房地产开发", "物业管理", "地产"}},
	{"批发零售", 12, []string{"贸易", "商贸", "供应链管理", "实业", "百货"}},
	{"医药生物", 8, []string{"医药", "生物科技", "医疗器械", "药业", "健康科技"}},
	{"能源", 6, []string{"能源", "新能源", "电力", "光伏科技", "燃气"}},
	{"交通运输", 5, []string{"物流", "运输", "航运", "供应链"}},
	{"建筑业", 6, []string{"建设工程", "建筑", "装饰工程", "市政工程"}},
	{"农林牧渔", 3, []string{"农业科技", "农业发展", "生态农业", "食品"}},
	{"文化传媒", 3, []string{"文化传媒", "影视文化", "广告", "文化发展"}},
	{"教育", 2, []string{"教育科技", "教育咨询", "培训"}},
}

// companyForms are legal forms with their weights; a few investment
// partnerships appear among financial clients.
var companyForms = []struct {
	suffix string
	weight int
}{
	{"有限公司", 60}, {"股份有限公司", 15}, {"有限责任公司", 10}, {"集团有限公司", 8},
}

// capitalSteps are registered capitals (yuan) as companies choose them:
// round numbers, most small.
var capitalSteps = []struct {
	yuan   int64
	weight int
}{
	{1_000_000, 18}, {2_000_000, 8}, {3_000_000, 8}, {5_000_000, 16}, {10_000_000, 18},
	{20_000_000, 8}, {30_000_000, 5}, {50_000_000, 7}, {100_000_000, 6}, {200_000_000, 3},
	{500_000_000, 2}, {1_000_000_000, 1},
}
