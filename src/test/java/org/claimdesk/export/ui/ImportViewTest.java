package org.claimdesk.export.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.nio.charset.StandardCharsets;
import org.claimdesk.KaribuTest;
import org.claimdesk.export.ImportMode;
import org.claimdesk.export.ImportService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The import view without a browser: the report of a refused file. */
class ImportViewTest extends KaribuTest {

    @Autowired ImportService imports;

    @Test
    void a_file_that_is_not_json_is_reported_in_a_line_and_the_table_of_problems() {
        users.signIn(Role.EDITOR);
        ImportView view = show(new ImportView(imports));
        view.mode.setValue(ImportMode.DRY_RUN);

        view.importFile("not json".getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText()).startsWith("Nothing was imported: The file is not valid JSON");
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(GridKt._size(view.problems)).isEqualTo(1);
    }
}
