package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static Map<String, Long> regions() {
        Map<String, Long> data = new LinkedHashMap<>();
        data.put("Laukkaing", 400L);
        data.put("Muse", 200L);
        data.put("Tangyan", 0L);
        data.put("Myawaddy", 1L);
        return data;
    }

    @Test
    void scalesTheLargestValueToTheFullBarAreaAndTheOthersInProportion() {
        BarChart chart = BarChart.of("regions", "Persons per region", regions(), key -> key);
        int area = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH;
        assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(area, area / 2, 0, 1);
        assertThat(chart.bars()).extracting(BarChart.Bar::value).containsExactly(400L, 200L, 0L, 1L);
    }

    @Test
    void givesEachCategoryItsOwnRowWithTheValueRightOfItsBar() {
        BarChart chart = BarChart.of("regions", "Persons per region", regions(), key -> key);
        assertThat(chart.bars()).extracting(BarChart.Bar::y).containsExactly(10, 40, 70, 100);
        assertThat(chart.height()).isEqualTo(2 * BarChart.PAD + 4 * BarChart.ROW);
        assertThat(chart.viewBox()).isEqualTo("0 0 720 " + chart.height());
        BarChart.Bar first = chart.bars().get(0);
        assertThat(first.valueX()).isEqualTo(BarChart.LABEL_WIDTH + first.width() + 6);
        assertThat(first.textY()).isBetween(first.y(), first.y() + BarChart.BAR);
    }

    @Test
    void describesEveryFigureInTextForScreenReaders() {
        BarChart chart = BarChart.of("regions", "Persons per region", regions(), key -> key.toUpperCase());
        assertThat(chart.description()).isEqualTo("LAUKKAING: 400; MUSE: 200; TANGYAN: 0; MYAWADDY: 1.");
        assertThat(chart.bars().get(0).label()).isEqualTo("LAUKKAING");
    }

    @Test
    void shortensLongLabelsButKeepsTheFullOne() {
        String name = "Myawaddy, Shwe Kokko and the KK Park special zone";
        BarChart chart = BarChart.of("r", "t", Map.of(name, 3L), key -> key);
        BarChart.Bar bar = chart.bars().get(0);
        assertThat(bar.label()).hasSize(BarChart.MAX_LABEL).endsWith("…");
        assertThat(bar.fullLabel()).isEqualTo(name);
    }

    @Test
    void drawsAnEmptyChartWithoutBarsOrDivisionByZero() {
        BarChart empty = BarChart.of("e", "t", Map.<String, Long>of(), key -> key);
        assertThat(empty.bars()).isEmpty();
        assertThat(empty.height()).isPositive();
        BarChart zeros = BarChart.of("z", "t", Map.of("a", 0L), key -> key);
        assertThat(zeros.bars().get(0).width()).isZero();
    }
}
