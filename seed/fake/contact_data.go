package fake

// mobilePrefixWeights are mainland mobile number blocks of the three
// carriers, weighted roughly by subscribers: China Mobile has about 60%.
var mobilePrefixWeights = []struct {
	prefix string
	weight int
}{
	// China Mobile
	{"134", 4}, {"135", 5}, {"136", 5}, {"137", 5}, {"138", 6}, {"139", 6}, {"147", 1},
	{"150", 4}, {"151", 4}, {"152", 4}, {"157", 3}, {"158", 4}, {"159", 4}, {"172", 1},
	{"178", 2}, {"182", 3}, {"183", 3}, {"184", 2}, {"187", 4}, {"188", 4}, {"195", 1},
	{"197", 1}, {"198", 2},
	// China Unicom
	{"130", 3}, {"131", 3}, {"132", 3}, {"145", 1}, {"155", 3}, {"156", 3}, {"166", 2},
	{"175", 2}, {"176", 2}, {"185", 3}, {"186", 4}, {"196", 1},
	// China Telecom
	{"133", 3}, {"149", 1}, {"153", 3}, {"173", 2}, {"177", 2}, {"180", 3}, {"181", 3},
	{"189", 4}, {"190", 1}, {"191", 2}, {"193", 1}, {"199", 2},
}

// mailHostWeights are the providers Chinese retail investors use, QQ's
// far ahead.
var mailHostWeights = []struct {
	host   string
	weight int
}{
	{"qq.com", 40}, {"163.com", 20}, {"126.com", 10}, {"sina.com", 6}, {"foxmail.com", 5},
	{"gmail.com", 5}, {"outlook.com", 4}, {"139.com", 4}, {"hotmail.com", 3}, {"sohu.com", 2},
	{"yeah.net", 1},
}

// emailWords are the English names and words people build addresses
// from when they do not use their QQ number. No pinyin: it would need a
// dictionary of every character the names use.
var emailWords = []string{
	"sunny", "leo", "lucky", "tiger", "angel", "kevin", "jack", "amy", "lily", "david", "star",
	"happy", "blue", "max", "cool", "jason", "tony", "alice", "grace", "vincent", "eric", "frank",
	"helen", "jenny", "lucy", "peter", "sam", "simon", "steven", "tom", "wendy", "rain", "sky",
	"moon", "summer", "autumn", "ocean", "dream", "smile", "apple", "panda", "dragon", "phoenix",
	"forever", "hello", "super", "king", "queen", "little", "ivy", "coco", "candy", "andy", "bruce",
	"cindy", "daisy", "echo", "fiona", "gary", "henry", "iris", "jerry", "kitty", "linda", "mike",
	"nancy", "oliver", "rose", "ryan", "sophia", "terry", "victor", "william", "yoyo", "zoe",
}

// genericStreets serve a City that is not in the table.
var genericStreets = []string{"人民路", "中山路", "解放路", "建设路", "新华路", "和平路", "胜利路", "文化路"}
