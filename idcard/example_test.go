package idcard_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/brokercrm/crm/idcard"
)

func ExampleValidate() {
	for _, id := range []string{"11010519491231002X", "110105194912310021", "110101199002300011"} {
		err := idcard.Validate(id)
		fmt.Println(id, idcard.ReasonOf(err), errors.Is(err, idcard.ErrCheckDigit))
	}
	// Output:
	// 11010519491231002X  false
	// 110105194912310021 CHECK_DIGIT true
	// 110101199002300011 BIRTH_DATE false
}

func ExampleGenerate() {
	id := idcard.Generate("440304", time.Date(1985, 6, 15, 0, 0, 0, 0, time.UTC), 123, false)
	gender, _ := idcard.Gender(id)
	fmt.Println(id, gender)
	// Output: 440304198506151229 FEMALE
}

func ExampleComposeCreditCode() {
	code := idcard.ComposeCreditCode("91", "350100", "M000100Y")
	fmt.Println(code, idcard.ValidateCreditCode(code))
	// Output: 91350100M000100Y43 <nil>
}
