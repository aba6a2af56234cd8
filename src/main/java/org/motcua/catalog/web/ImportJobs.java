package org.motcua.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.motcua.catalog.CatalogExchange;
import org.motcua.catalog.ImportReport;
import org.motcua.organization.Caller;
import org.motcua.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Imports started from the page run in the background, so a large workbook shows its progress while it is checked
 * and saved (the page polls). Jobs live in memory on the instance that runs them and only their owner sees them;
 * the last few are kept.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
	private static final int KEEP = 50;

	private final CatalogExchange exchange;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "catalog-import");
		t.setDaemon(true);
		return t;
	});
	private final Map<String, Job> jobs = new LinkedHashMap<>();

	ImportJobs(CatalogExchange exchange) {
		this.exchange = exchange;
	}

	/** An import's state: how far it got, and its report or failure when done. */
	static final class Job {

		final String id;
		final String owner;
		final String fileName;
		volatile int done;
		volatile int total;
		volatile @Nullable ImportReport report;
		volatile @Nullable DomainException failure;
		volatile boolean finished;

		Job(String id, String owner, String fileName) {
			this.id = id;
			this.owner = owner;
			this.fileName = fileName;
		}

		public String getId() { return id; }
		public String getFileName() { return fileName; }
		public int getDone() { return done; }
		public int getTotal() { return total; }
		public @Nullable ImportReport getReport() { return report; }
		public @Nullable DomainException getFailure() { return failure; }
		public boolean isFinished() { return finished; }
		public int getPercent() { return total == 0 ? (finished ? 100 : 0) : Math.min(100, done * 100 / total); }
	}

	Job start(Caller caller, String fileName, byte[] content, boolean skipInvalid) {
		Job job = new Job(UUID.randomUUID().toString(), caller.username(), fileName);
		synchronized (jobs) {
			jobs.put(job.id, job);
			while (jobs.size() > KEEP) {
				jobs.remove(jobs.keySet().iterator().next());
			}
		}
		Runnable work = () -> {
			try {
				job.report = exchange.importWorkbook(caller, new java.io.ByteArrayInputStream(content), skipInvalid, (done, total) -> {
					job.done = done;
					job.total = total;
				});
			}
			catch (DomainException ex) {
				job.failure = ex;
			}
			catch (RuntimeException ex) {
				log.error("Import of {} failed", fileName, ex);
				job.failure = new org.motcua.shared.InvalidInputException(java.util.List.of(
						new org.motcua.shared.InvalidInputException.FieldProblem("file", "error.catalog.import.failed")));
			}
			finally {
				job.finished = true;
			}
		};
		executor.execute(DelegatingSecurityContextRunnable.create(work, SecurityContextHolder.getContext()));
		return job;
	}

	Optional<Job> find(String id, String owner) {
		synchronized (jobs) {
			return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
