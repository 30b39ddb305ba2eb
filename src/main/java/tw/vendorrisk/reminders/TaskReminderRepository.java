package tw.vendorrisk.reminders;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskReminderRepository extends JpaRepository<TaskReminder, Long> {

    boolean existsByTaskIdAndKindAndDueOn(String taskId, TaskReminderKind kind, LocalDate dueOn);

    List<TaskReminder> findByTaskIdOrderById(String taskId);
}
