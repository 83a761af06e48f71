package fake

// fundCompanyNames are mutual fund managers (公募基金管理人), as
// distributors list them. Product names start with the name less 基金.
var fundCompanyNames = []string{
	"易方达基金", "华夏基金", "广发基金", "南方基金", "嘉实基金", "富国基金", "招商基金", "汇添富基金",
	"博时基金", "工银瑞信基金", "鹏华基金", "天弘基金", "建信基金", "华安基金", "景顺长城基金", "兴证全球基金",
	"交银施罗德基金", "中欧基金", "国泰基金", "银华基金", "平安基金", "万家基金", "大成基金", "华宝基金",
	"中银基金", "永赢基金", "兴业基金", "民生加银基金", "浦银安盛基金", "诺安基金", "长城基金", "融通基金",
	"睿远基金", "泓德基金", "前海开源基金", "华泰柏瑞基金", "国投瑞银基金", "农银汇理基金", "东方基金", "长信基金",
	"信达澳亚基金", "摩根基金", "财通基金", "华商基金", "宝盈基金", "申万菱信基金",
}

// issuer is an institution with the short brand its product names use
// and the series names it gives them.
type issuer struct {
	name, brand string
	series      []string
}

// securitiesFirms issue structured notes (收益凭证) and other products
// under their own name.
var securitiesFirms = []issuer{
	{"中信证券", "中信证券", []string{"信享", "安享"}},
	{"国泰君安", "国泰君安", []string{"睿博", "君跃"}},
	{"华泰证券", "华泰证券", []string{"聚益", "恒益"}},
	{"招商证券", "招商证券", []string{"磐石", "智远"}},
	{"广发证券", "广发证券", []string{"收益宝", "多添利"}},
	{"中金公司", "中金公司", []string{"中金安享", "中金财富"}},
	{"海通证券", "海通证券", []string{"海盈", "海通宝"}},
	{"申万宏源", "申万宏源", []string{"金樽", "宏利"}},
	{"银河证券", "银河证券", []string{"银河金山", "银河金鼎"}},
	{"国信证券", "国信证券", []string{"金宝", "鑫利"}},
	{"东方证券", "东方证券", []string{"东方睿", "汇鑫"}},
	{"光大证券", "光大证券", []string{"阳光", "金阳光"}},
	{"兴业证券", "兴业证券", []string{"兴享", "金麒麟"}},
	{"中信建投", "中信建投", []string{"固收宝", "建享"}},
	{"长江证券", "长江证券", []string{"长江宝", "超越"}},
	{"浙商证券", "浙商证券", []string{"汇金", "浙享"}},
}

// assetManagers are securities firms' asset-management arms, which issue
// collective asset-management plans (集合资产管理计划).
var assetManagers = []issuer{
	{"中信证券资管", "中信证券", []string{"信享", "红利价值", "稳健增利"}},
	{"国泰君安资管", "国泰君安", []string{"君享", "君得", "君得益"}},
	{"华泰证券资管", "华泰紫金", []string{"紫金", "周期轮动", "丰益"}},
	{"招商资管", "招商资管", []string{"智远", "招享", "月月盈"}},
	{"广发资管", "广发资管", []string{"多添利", "集裕", "睿选"}},
	{"东方红资管", "东方红", []string{"睿丰", "稳健精选", "益鑫"}},
	{"光大证券资管", "光大阳光", []string{"阳光", "金阳光", "季季红"}},
	{"兴证资管", "兴证资管", []string{"金麒麟", "鑫享", "臻选"}},
	{"财通证券资管", "财通资管", []string{"鑫锐", "月月福", "优选"}},
	{"银河金汇", "银河金汇", []string{"银河水星", "银河岁岁", "安心回报"}},
	{"海通资管", "海通", []string{"海蓝宝", "季季丰", "量化优选"}},
	{"浙商资管", "浙商", []string{"汇金", "金惠", "聚焦"}},
}

// trustCompanies issue collective trust plans (集合资金信托计划).
var trustCompanies = []issuer{
	{"中信信托", "中信信托", []string{"锦绣", "信惠", "恒信"}},
	{"平安信托", "平安财富", []string{"汇安", "稳健", "鑫享"}},
	{"华润信托", "华润信托", []string{"润金", "润泽"}},
	{"外贸信托", "外贸信托", []string{"鑫安泰", "五行"}},
	{"建信信托", "建信信托", []string{"建盈", "恒远"}},
	{"上海信托", "上海信托", []string{"红宝石", "现金丰利"}},
	{"重庆信托", "重庆信托", []string{"渝信", "兴国"}},
	{"五矿信托", "五矿信托", []string{"鼎兴", "恒信"}},
	{"光大信托", "光大信托", []string{"光信", "耀世"}},
	{"交银国际信托", "交银国信", []string{"汇利", "交享"}},
	{"英大信托", "英大信托", []string{"英大", "稳盈"}},
	{"粤财信托", "粤财信托", []string{"粤财", "稳健增值"}},
}

// privateFundManagers are private securities fund managers
// (私募证券投资基金管理人) of the kind brokerages distribute.
var privateFundManagers = []issuer{
	{"高毅资产", "高毅", []string{"晓峰", "利伟精选", "庆瑞"}},
	{"景林资产", "景林", []string{"丰收", "价值精选"}},
	{"淡水泉投资", "淡水泉", []string{"成长", "专项"}},
	{"重阳投资", "重阳", []string{"价值", "目标回报"}},
	{"星石投资", "星石", []string{"银信宝", "稳健成长"}},
	{"九坤投资", "九坤", []string{"日享中证500指数增强", "日享中证1000指数增强"}},
	{"明汯投资", "明汯", []string{"价值成长", "中证500指数增强"}},
	{"灵均投资", "灵均", []string{"中性", "中证1000指数增强"}},
	{"衍复投资", "衍复", []string{"量化对冲", "指数增强"}},
	{"仁桥资产", "仁桥", []string{"泽源", "金选"}},
	{"于翼资产", "于翼", []string{"远见", "精选"}},
	{"聚鸣投资", "聚鸣", []string{"多策略", "积极成长"}},
}

// Themes and tails of fund names, by kind.
var (
	equityThemes = []string{
		"消费行业", "医疗保健", "新兴产业", "科技创新", "高端制造", "价值精选", "成长优选", "大盘蓝筹",
		"中小盘", "红利优选", "新能源", "核心资产", "内需增长", "先进制造", "均衡成长", "优质企业",
		"竞争优势", "品质生活", "数字经济", "碳中和", "研究精选", "产业升级", "行业轮动", "稳健回报",
		"价值发现", "量化精选", "沪港深精选", "港股通精选", "医药创新", "半导体产业",
	}
	indexNames = []string{
		"沪深300", "中证500", "中证1000", "上证50", "创业板", "科创50", "中证红利", "证券公司",
		"半导体", "医疗", "新能源车", "光伏产业", "芯片", "军工", "消费", "中证A500",
	}
	mixedTails = []string{
		"混合型证券投资基金", "混合型证券投资基金", "灵活配置混合型证券投资基金",
		"一年持有期混合型证券投资基金", "三年持有期混合型证券投资基金", "混合型证券投资基金(LOF)",
	}
	bondThemes = []string{
		"纯债", "信用债", "稳健添利", "双债增强", "中短债", "短债", "安心回报", "增强收益",
		"可转债", "利率债", "安盈", "裕祥",
	}
	bondTails = []string{
		"债券型证券投资基金", "债券型证券投资基金", "债券型发起式证券投资基金",
		"一年定期开放债券型证券投资基金", "6个月持有期债券型证券投资基金",
	}
	moneyThemes = []string{"", "现金增利", "天天理财", "添益", "现金宝", "增金宝", "安心"}
	qdiiThemes  = []struct {
		theme string
		index bool
	}{
		{"纳斯达克100", true}, {"标普500", true}, {"恒生科技", true}, {"日经225", true},
		{"全球医疗保健", false}, {"美国消费", false}, {"全球精选", false}, {"亚太精选", false},
		{"海外中国互联网", false}, {"全球科技", false},
	}
	fofTails = []string{
		"养老目标日期2035三年持有期混合型发起式基金中基金(FOF)",
		"养老目标日期2040三年持有期混合型发起式基金中基金(FOF)",
		"养老目标日期2050五年持有期混合型发起式基金中基金(FOF)",
		"稳健养老目标一年持有期混合型基金中基金(FOF)",
		"平衡养老目标三年持有期混合型基金中基金(FOF)",
		"优选配置三个月持有期混合型基金中基金(FOF)",
		"均衡配置六个月持有期混合型基金中基金(FOF)",
	}
	privateTails = []string{"私募证券投资基金"}
	amTails      = []string{"集合资产管理计划", "集合资产管理计划", "集合资产管理计划", "单一资产管理计划", "FOF集合资产管理计划"}
	noteKinds    = []string{"本金保障型", "本金保障型", "非本金保障型"}
	otherNames   = []string{
		"天天利现金管理产品", "质押式报价回购（7天期）", "质押式报价回购（14天期）", "保证金现金管理计划",
		"场外期权", "收益互换",
	}
	provinceBondNames = []string{"广东", "江苏", "浙江", "山东", "四川", "河南", "湖北", "北京", "上海", "福建"}
)

// productKinds are the product types of the CRM, in its order.
var productKinds = []string{
	"STOCK_FUND", "MIXED_FUND", "BOND_FUND", "MONEY_MARKET_FUND", "QDII_FUND", "FOF", "ETF",
	"BOND", "ASSET_MANAGEMENT_PLAN", "PRIVATE_FUND", "STRUCTURED_NOTE", "TRUST", "OTHER",
}
