package dev.gleaner.extractors.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @Test
    void identifiesParagraphsInSeveralLanguages() {
        assertThat(IDENTIFIER.identify("The council met on Tuesday evening and agreed to rebuild the old bridge "
                + "over the river, which had been closed since the spring floods.")).contains("en");
        assertThat(IDENTIFIER.identify("Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke über den "
                + "Fluss wieder aufzubauen, die seit dem Hochwasser im Frühjahr gesperrt war.")).contains("de");
        assertThat(IDENTIFIER.identify("Le conseil municipal s'est réuni mardi soir et a décidé de reconstruire le "
                + "vieux pont sur la rivière, fermé depuis les inondations du printemps.")).contains("fr");
        assertThat(IDENTIFIER.identify("El ayuntamiento se reunió el martes por la noche y decidió reconstruir el "
                + "viejo puente sobre el río, cerrado desde las inundaciones de la primavera.")).contains("es");
        assertThat(IDENTIFIER.identify("A câmara municipal reuniu-se na terça-feira à noite e decidiu reconstruir a "
                + "velha ponte sobre o rio, que estava fechada desde as cheias da primavera.")).contains("pt");
        assertThat(IDENTIFIER.identify("Городской совет собрался во вторник вечером и решил восстановить старый мост "
                + "через реку, закрытый после весеннего наводнения.")).contains("ru");
        assertThat(IDENTIFIER.identify("اجتمع المجلس البلدي مساء الثلاثاء وقرر إعادة بناء الجسر القديم فوق النهر "
                + "الذي أغلق منذ فيضانات الربيع الماضي.")).contains("ar");
    }

    @Test
    void shortOrWordlessTextIsNotGuessed() {
        assertThat(IDENTIFIER.identify("Hello there")).isEmpty();
        assertThat(IDENTIFIER.identify("12 34 56 78 90 ".repeat(20))).isEmpty();
        assertThat(IDENTIFIER.identify("")).isEmpty();
    }

    @Test
    void mapsIso6393CodesToBcp47() {
        assertThat(IDENTIFIER.toBcp47("eng")).isEqualTo("en");
        assertThat(IDENTIFIER.toBcp47("deu")).isEqualTo("de");
        assertThat(IDENTIFIER.toBcp47("cmn")).isEqualTo("zh");
        assertThat(IDENTIFIER.toBcp47("pes")).isEqualTo("fa");
        assertThat(IDENTIFIER.toBcp47("ceb")).isEqualTo("ceb");
    }
}
