package com.lcnews.trends.batch;

import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** What the job repository knows about earlier runs: abandoned executions, the run to restart, the run in progress. */
@Component
class JobRuns {

	private final JobExplorer explorer;

	private final JobRepository repository;

	JobRuns(JobExplorer explorer, JobRepository repository) {
		this.explorer = explorer;
		this.repository = repository;
	}

	/**
	 * Marks executions still recorded as running as failed. Call only while holding the run lock: then no live process
	 * runs the job, so such executions belong to a process that died (e.g. killed with {@code kill -9}).
	 */
	void failAbandoned() {
		LocalDateTime now = LocalDateTime.now();
		for (JobExecution execution : explorer.findRunningJobExecutions(ClassifyArticlesJobConfiguration.JOB)) {
			ExitStatus exit = ExitStatus.FAILED.addExitDescription("the process running it ended without finishing");
			for (StepExecution step : execution.getStepExecutions()) {
				if (step.getStatus().isRunning()) {
					step.setStatus(BatchStatus.FAILED);
					step.setExitStatus(exit);
					step.setEndTime(now);
					repository.update(step);
				}
			}
			execution.setStatus(BatchStatus.FAILED);
			execution.setExitStatus(exit);
			execution.setEndTime(now);
			repository.update(execution);
		}
	}

	/** The parameters of the last run when it failed with the same mode and model version, to restart it. */
	Optional<JobExecution> restartable(ClassifyMode mode, String modelVersion) {
		JobInstance last = explorer.getLastJobInstance(ClassifyArticlesJobConfiguration.JOB);
		if (last == null) {
			return Optional.empty();
		}
		JobExecution execution = explorer.getLastJobExecution(last);
		if (execution == null || (execution.getStatus() != BatchStatus.FAILED
				&& execution.getStatus() != BatchStatus.STOPPED)) {
			return Optional.empty();
		}
		JobParameters p = execution.getJobParameters();
		boolean same = mode.code().equals(p.getString("mode")) && modelVersion.equals(p.getString("modelVersion"));
		return same ? Optional.of(execution) : Optional.empty();
	}

	/** Articles already written by earlier executions of the instance of {@code execution}. */
	long writtenBefore(JobExecution execution) {
		long written = 0;
		for (JobExecution e : explorer.getJobExecutions(execution.getJobInstance())) {
			written += e.getStepExecutions().stream().mapToLong(ReadAheadClassifyingReader::articlesWritten).sum();
		}
		return written;
	}

	static JobParameters newParameters(ClassifyMode mode, String modelVersion, String user) {
		return new JobParametersBuilder().addString("modelVersion", modelVersion)
			.addString("mode", mode.code())
			.addString("startedBy", user, false)
			.addLong("runId", System.currentTimeMillis())
			.toJobParameters();
	}

	/** A sentence about the run in progress, for the refusal message. */
	String describeRunning() {
		return explorer.findRunningJobExecutions(ClassifyArticlesJobConfiguration.JOB)
			.stream()
			.findFirst()
			.map(e -> "run " + e.getId() + " (mode " + e.getJobParameters().getString("mode") + ", model "
					+ e.getJobParameters().getString("modelVersion") + ", started by "
					+ e.getJobParameters().getString("startedBy") + " at " + e.getStartTime() + ")")
			.orElse("a run that is just starting");
	}

}
