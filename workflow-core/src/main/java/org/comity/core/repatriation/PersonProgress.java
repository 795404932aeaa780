package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.VAR_NATIONALITY_VERIFICATION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the engine knows of a page of persons: each one's stage ({@link PersonStage}) and the answer
 * on their nationality, read for all of them in a few queries (by chunks of process instance ids)
 * rather than one engine call per person.
 */
@Component
class PersonProgress {

    /** A person's stage and nationality answer. */
    record Progress(String stage, String nationalityVerification) {}

    private final JdbcClient jdbc;

    PersonProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Process instance id to progress. {@code waitingStages} holds the stage of each person whose
     * process waits for the handover (from the caller's own query of the event subscriptions).
     */
    Map<String, Progress> of(List<String> processInstanceIds, Map<String, String> waitingStages) {
        Map<String, String> stages = new HashMap<>();
        Map<String, String> answers = new HashMap<>();
        for (List<String> chunk : RepatriationPersons.chunks(processInstanceIds)) {
            String in = " IN (" + RepatriationPersons.marks(chunk.size()) + ")";
            jdbc.sql("SELECT PROC_INST_ID_, TASK_DEF_KEY_ FROM ACT_RU_TASK WHERE PROC_INST_ID_" + in)
                    .params(List.copyOf(chunk))
                    .query(rs -> {
                        String stage = PersonStage.ofTask(rs.getString(2));
                        if (stage != null) {
                            stages.put(rs.getString(1), stage);
                        }
                    });
            jdbc.sql(
                            "SELECT PROC_INST_ID_, END_ACT_ID_ FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL AND PROC_INST_ID_"
                                    + in)
                    .params(List.copyOf(chunk))
                    .query(rs -> {
                        stages.put(rs.getString(1), PersonStage.ofEnd(rs.getString(2)));
                    });
            List<Object> params = new ArrayList<>(chunk);
            params.add(0, VAR_NATIONALITY_VERIFICATION);
            jdbc.sql("SELECT PROC_INST_ID_, TEXT_ FROM ACT_HI_VARINST WHERE NAME_ = ? AND PROC_INST_ID_" + in)
                    .params(params)
                    .query(rs -> {
                        answers.put(rs.getString(1), rs.getString(2));
                    });
        }
        Map<String, Progress> progress = new HashMap<>();
        for (String id : processInstanceIds) {
            progress.put(id, new Progress(waitingStages.getOrDefault(id, stages.get(id)), answers.get(id)));
        }
        return progress;
    }
}
