package org.branchpress.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads text saved by Notepad, WPS or a browser: UTF-8 (with or without BOM), UTF-16 with BOM,
 * GB18030/GBK or Big5. When more than one decodes, the one whose characters are the commonest Chinese wins:
 * Big5 bytes read as GBK give kana and rare characters, and the other way round.
 */
final class TextDecoding {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** The most frequent characters of Chinese text, in both scripts. */
    private static final String COMMON = "的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着著等部度家电電力里裡如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反你明看原又么麼利比或但质質气氣第向道命此变變条條只没沒结結解问問意建月公无無系军軍很情者最立代想已通并並提直题題党黨程展五果料象员員革位入常文总總次品式活设設及管特件长長求老头頭基资資边邊流路级級少图圖山统統接知较較将將组組见見计計别別她手角期根论論运運农農指几幾九区區强強放决決西被干做必战戰先回则則任取据據处處队隊南给給色光门門即保治北造百规規热熱领領七海口东東导導器压壓志世金增争爭济濟阶階油思术術极極交受联聯什认認六共权權收证證改清己美再采转轉更单單风風切打白教速花带帶安场場身车車例真务務具万萬每目至达達走积積示议議声聲报報斗完类類八离離华華名确確才科张張信马馬节節话話米整空元况況今集温溫传傳土许許步群广廣石记記需段研界拉林律叫且究观觀越织織装裝影算低持音众眾书書布复復容儿兒须須际際商非验驗连連断斷深难難近矿礦千周委素技备備半办辦青省列习習响響约約支般史感劳勞便团團往酸历歷市克何除消构構府称稱太准精值号號率族维維划劃选選标標写寫存候毛亲親快效斯院查江型眼王按格养養易置派层層片始却專状狀育厂廠京识識适適属屬圆圓包火住调調满滿县縣局照参參红紅细細引听聽该該铁鐵价價严嚴龙龍飞飛";

    private TextDecoding() {
    }

    record Decoded(String text, String charset) {
    }

    static Optional<Decoded> decode(byte[] bytes) {
        // Notepad's "Unicode" is UTF-16 with a byte-order mark.
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2).map(t -> new Decoded(t, "UTF-16LE"));
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2).map(t -> new Decoded(t, "UTF-16BE"));
        }
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty(); // a zero byte: a picture or a program, not text in any of these codings
            }
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return strict(StandardCharsets.UTF_8, bytes, 3).map(t -> new Decoded(t, "UTF-8（带 BOM）"));
        }
        Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        if (utf8.isPresent()) {
            return Optional.of(new Decoded(utf8.get(), "UTF-8"));
        }
        Optional<String> gb = strict(GB18030, bytes, 0);
        Optional<String> big5 = strict(BIG5, bytes, 0);
        if (gb.isPresent() && big5.isPresent()) {
            return Optional.of(common(big5.get()) > common(gb.get()) ? new Decoded(big5.get(), "Big5")
                    : new Decoded(gb.get(), "GB18030"));
        }
        return gb.map(t -> new Decoded(t, "GB18030")).or(() -> big5.map(t -> new Decoded(t, "Big5")));
    }

    /** Share of Han characters that are common ones: real text scores high, a wrong decoding low. */
    static double common(String text) {
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (COMMON.indexOf(c) >= 0) {
                    common++;
                }
            } else if (c >= 0x3040 && c <= 0x30FF || c >= 0xE000 && c <= 0xF8FF) {
                han++; // kana and private-use characters: a sure sign of the wrong table
            }
        }
        return han == 0 ? 0 : (double) common / han;
    }

    private static Optional<String> strict(Charset charset, byte[] bytes, int offset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString()
                    .replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
