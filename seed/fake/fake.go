// Package fake generates deterministic, realistic demo data.
package fake

import (
	"fmt"
	"math/rand/v2"
)

// City is a city with brokerage branches.
type City struct {
	Name, NameEn, Province, Region, RegionEn string
	RegionCode                               string
	AreaCode                                 string
}

var cities = []City{
	{"北京", "Beijing", "北京市", "华北", "North", "110101", "010"},
	{"上海", "Shanghai", "上海市", "华东", "East", "310101", "021"},
	{"深圳", "Shenzhen", "广东省", "华南", "South", "440304", "0755"},
	{"广州", "Guangzhou", "广东省", "华南", "South", "440104", "020"},
	{"杭州", "Hangzhou", "浙江省", "华东", "East", "330102", "0571"},
	{"南京", "Nanjing", "江苏省", "华东", "East", "320102", "025"},
	{"成都", "Chengdu", "四川省", "西南", "Southwest", "510104", "028"},
	{"武汉", "Wuhan", "湖北省", "华中", "Central", "420102", "027"},
	{"西安", "Xi'an", "陕西省", "西北", "Northwest", "610102", "029"},
	{"重庆", "Chongqing", "重庆市", "西南", "Southwest", "500103", "023"},
	{"天津", "Tianjin", "天津市", "华北", "North", "120101", "022"},
	{"苏州", "Suzhou", "江苏省", "华东", "East", "320505", "0512"},
	{"长沙", "Changsha", "湖南省", "华中", "Central", "430102", "0731"},
	{"郑州", "Zhengzhou", "河南省", "华中", "Central", "410102", "0371"},
	{"济南", "Jinan", "山东省", "华东", "East", "370102", "0531"},
	{"青岛", "Qingdao", "山东省", "华东", "East", "370202", "0532"},
	{"厦门", "Xiamen", "福建省", "华东", "East", "350203", "0592"},
	{"合肥", "Hefei", "安徽省", "华东", "East", "340102", "0551"},
	{"沈阳", "Shenyang", "辽宁省", "东北", "Northeast", "210102", "024"},
	{"昆明", "Kunming", "云南省", "西南", "Southwest", "530102", "0871"},
}

// Cities returns the cities with branches.
func Cities() []City { return cities }

// BranchSpec is a branch to create.
type BranchSpec struct{ Code, Name, City string }

var streets = []string{"建国路", "人民路", "中山路", "解放路", "长安街", "南京路", "深南大道", "金融街", "世纪大道", "天府大道"}

// Branches returns one branch per city.
func Branches() []BranchSpec {
	out := make([]BranchSpec, len(cities))
	for i, c := range cities {
		out[i] = BranchSpec{Code: fmt.Sprintf("B%03d", i+1), Name: c.Name + streets[i%len(streets)] + "证券营业部", City: c.Name}
	}
	return out
}

var surnames = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "欧阳", "司马"}
var maleChars = []rune("伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆")
var femaleChars = []rune("芳娜敏静丽艳娟霞秀玲桂英慧琳雪婷倩颖洁晶燕萍红")

// PersonName returns a Chinese name and whether it is a man's.
func PersonName(r *rand.Rand) (string, bool) {
	// Skew towards the common surnames at the front of the list.
	x := r.Float64()
	s := surnames[int(x*x*float64(len(surnames)))]
	male := r.IntN(2) == 0
	chars := femaleChars
	if male {
		chars = maleChars
	}
	name := s + string(chars[r.IntN(len(chars))])
	if r.IntN(3) > 0 {
		name += string(chars[r.IntN(len(chars))])
	}
	return name, male
}

var mobilePrefixes = []string{"134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189", "177", "199"}

// Mobile returns an 11-digit mobile number.
func Mobile(r *rand.Rand) string {
	return fmt.Sprintf("%s%08d", mobilePrefixes[r.IntN(len(mobilePrefixes))], r.IntN(100_000_000))
}

var mailHosts = []string{"qq.com", "163.com", "126.com", "sina.com", "gmail.com"}

// Email returns a plausible address.
func Email(r *rand.Rand, _ string) string {
	return fmt.Sprintf("u%07d@%s", r.IntN(10_000_000), mailHosts[r.IntN(len(mailHosts))])
}

// Address returns a street address in city.
func Address(r *rand.Rand, c City) string {
	return fmt.Sprintf("%s%s%d号%d单元%d室", c.Province, streets[r.IntN(len(streets))], 1+r.IntN(300), 1+r.IntN(6), 101+r.IntN(1800))
}

var industries = []string{"制造业", "信息技术", "金融业", "房地产", "批发零售", "医药生物", "能源", "交通运输"}
var words = []string{"华信", "中科", "东方", "鑫源", "恒通", "博远", "天成", "兴业", "国泰", "安盛"}

// Organisation returns a company name and its industry.
func Organisation(r *rand.Rand) (string, string) {
	c := cities[r.IntN(len(cities))]
	ind := industries[r.IntN(len(industries))]
	return c.Name + "市" + words[r.IntN(len(words))] + "科技有限公司", ind
}

// CreditCode returns a unified social credit code.
func CreditCode(r *rand.Rand) string {
	return fmt.Sprintf("91%s%09d", cities[r.IntN(len(cities))].RegionCode, r.IntN(1_000_000_000))[:17] + "X"
}

// Stock is a listed share.
type Stock struct{ Code, Name, Market, Industry, Board string }

// Stocks returns n unique shares.
func Stocks(r *rand.Rand, n int) []Stock {
	out := make([]Stock, n)
	for i := range out {
		market, code := "SH", fmt.Sprintf("60%04d", i)
		if i%2 == 1 {
			market, code = "SZ", fmt.Sprintf("00%04d", i)
		}
		out[i] = Stock{Code: code, Name: words[r.IntN(len(words))] + words[r.IntN(len(words))], Market: market, Industry: industries[r.IntN(len(industries))], Board: "MAIN"}
	}
	return out
}

var fundCompanies = []string{"易方达基金", "华夏基金", "广发基金", "南方基金", "嘉实基金", "富国基金"}

// FundCompanies returns asset managers.
func FundCompanies() []string { return fundCompanies }

// Issuers returns issuers of non-fund products.
func Issuers() []string {
	return []string{"中信证券资管", "国泰君安资管", "中信信托", "平安信托"}
}

// ProductName returns a product name of kind.
func ProductName(r *rand.Rand, kind string) string {
	return fundCompanies[r.IntN(len(fundCompanies))] + words[r.IntN(len(words))] + kind
}

// InteractionSummary returns a short note of a contact.
func InteractionSummary(r *rand.Rand, kind string) string {
	return []string{"电话回访，客户对服务满意", "介绍新发基金产品", "客户咨询两融业务", "客户投诉交易系统卡顿", "完成风险揭示"}[r.IntN(5)]
}
