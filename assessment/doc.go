// Package assessment takes clients' risk tolerance assessments (风险承受能力
// 评估): the questionnaire version in force, scored by package
// questionnaire, within the retake limits, stored as an unchangeable
// record, and kept on the client as their current risk profile, which
// product matching reads.
package assessment
