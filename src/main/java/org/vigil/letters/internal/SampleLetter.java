package org.vigil.letters.internal;

import java.time.LocalDate;
import java.util.List;

import org.vigil.letters.LetterDocument;
import org.vigil.letters.LetterDocument.Letterhead;
import org.vigil.letters.LetterDocument.Organisation;
import org.vigil.letters.LetterDocument.Section;
import org.vigil.letters.LetterDocument.SectionKind;
import org.vigil.letters.LetterDocument.Signatory;
import org.vigil.letters.LetterKind;

/**
 * The sample letter administrators preview templates with: the urgent appeal of Vigil's sample case
 * (five refugees held near Yanji), written by hand with every part a template can show. Its people
 * are public labels only. (The picture in {@code docs/letter-page-1.png} is the letter the drafting
 * module writes for the sample case.)
 */
final class SampleLetter {

	private SampleLetter() {
	}

	static LetterDocument of(LetterKind kind, String language, Letterhead letterhead) {
		return switch (LetterModel.languageOf(language)) {
			case "ko" -> korean(kind, letterhead);
			case "zh" -> chinese(kind, letterhead);
			default -> english(kind, letterhead);
		};
	}

	private static List<Organisation> partners(LetterKind kind) {
		return kind == LetterKind.JOINT_LETTER ? List.of(new Organisation("Partner Organisation for Refugees", null)) : List.of();
	}

	private static LetterDocument english(LetterKind kind, Letterhead letterhead) {
		return new LetterDocument(kind, "en", letterhead, partners(kind), LocalDate.of(2026, 3, 14), "CN 1/2026 – UA 1",
				List.of("His Excellency Xi Jinping", "President of the People's Republic of China",
						"General Office of the Central Committee of the Communist Party of China", "Zhongnanhai, Xicheng District",
						"Beijing 100017, People's Republic of China"),
				List.of("Mr Wang Yi, Minister of Foreign Affairs", "Permanent Mission of the People's Republic of China, Geneva"),
				"Dear President Xi,", "five North Korean refugees held near Yanji, Jilin, at imminent risk of forced return",
				List.of(Section.of(SectionKind.REQUEST,
						"We write to urge you to ensure that five North Korean refugees, now held near Yanji, Jilin Province, are not returned to the Democratic People's Republic of Korea, and that they are allowed to travel safely to a third country."),
						Section.of(SectionKind.FACTS,
								"Refugees A to E were arrested by police in Shenyang, Liaoning Province, and are held in a detention facility near Yanji, Jilin Province.",
								"According to a contact, they will imminently be moved to Helong, 70 km southwest of Yanji and a few kilometres from the border with the DPRK."),
						Section.of(SectionKind.URGENCY,
								"Once in Helong, the five can be handed over to the DPRK authorities at any time, without notice."),
						new Section(SectionKind.RISKS, List.of(
								"People forcibly returned to the DPRK face torture, detention in political prison camps, forced labour, sexual violence and possibly execution."),
								List.of(), List.of("UN Commission of Inquiry on human rights in the DPRK, A/HRC/25/63 (2014)")),
						new Section(SectionKind.LEGAL_ARGUMENT, List.of(
								"China is party to the 1951 Refugee Convention and its 1967 Protocol (1982): article 33 forbids returning a refugee to where their life or freedom would be threatened.",
								"China is party to the Convention against Torture (1988): article 3 forbids returning anyone where there are substantial grounds to believe they would be tortured."),
								List.of(), List.of("Committee against Torture, concluding observations on China, CAT/C/CHN/CO/5 (2015), paras 46–47")),
						new Section(SectionKind.ASKS, List.of(), List.of("Do not return the five to the DPRK.",
								"Disclose their whereabouts and their legal status.",
								"Allow UNHCR and lawyers of their choice to meet them.",
								"Allow them to travel safely to a third country of their choice."), List.of()),
						Section.of(SectionKind.CLOSING, "We thank you for your attention and look forward to your reply.")),
				List.of(new Signatory("Jane Doe", "Asia Director", letterhead.name(), null),
						new Signatory("John Roe", "China Director", letterhead.name(), null)));
	}

	private static LetterDocument korean(LetterKind kind, Letterhead letterhead) {
		return new LetterDocument(kind, "ko", letterhead, partners(kind), LocalDate.of(2026, 3, 14), "CN 1/2026 – UA 1",
				List.of("시진핑 국가주석 각하", "중화인민공화국 주석", "중국공산당 중앙판공청", "베이징 중난하이"),
				List.of("왕이 외교부장"), "존경하는 시진핑 주석님께", "옌지 인근에 구금된 탈북 난민 5명의 강제송환 위험",
				List.of(Section.of(SectionKind.REQUEST, "옌지 인근에 구금된 탈북 난민 5명을 북한으로 송환하지 말 것을 촉구합니다."),
						Section.of(SectionKind.FACTS, "난민 A부터 E까지는 랴오닝성 선양에서 체포되어 지린성 옌지 인근에 구금되어 있습니다."),
						new Section(SectionKind.ASKS, List.of(), List.of("이들을 북한으로 송환하지 마십시오.", "이들의 소재를 공개하십시오."), List.of())),
				List.of(new Signatory("홍길동", "아시아 담당 국장", letterhead.name(), null)));
	}

	private static LetterDocument chinese(LetterKind kind, Letterhead letterhead) {
		return new LetterDocument(kind, "zh", letterhead, partners(kind), LocalDate.of(2026, 3, 14), "CN 1/2026 – UA 1",
				List.of("习近平主席阁下", "中华人民共和国主席", "中共中央办公厅", "北京中南海"), List.of("王毅外交部长"),
				"尊敬的习近平主席：", "五名在延吉附近被拘留的朝鲜难民面临被强制遣返的危险",
				List.of(Section.of(SectionKind.REQUEST, "我们敦促您确保在吉林省延吉附近被拘留的五名朝鲜难民不被遣返朝鲜。"),
						Section.of(SectionKind.FACTS, "难民甲至戊在辽宁省沈阳被警方逮捕，现被关押在吉林省延吉附近。"),
						new Section(SectionKind.ASKS, List.of(), List.of("不要将他们遣返朝鲜。", "公开他们的下落。"), List.of())),
				List.of(new Signatory("张三", "亚洲部主任", letterhead.name(), null)));
	}

}
