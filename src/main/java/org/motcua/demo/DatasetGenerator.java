package org.motcua.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.motcua.dossier.ActionCommand;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.ComponentCheck;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.IntakeCommand;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates {@code MOTCUA_GENERATE_DOSSIERS} synthetic dossiers at the demo commune (Xã Đô Lương, H41.50) through
 * the dossier module's own rules, so every event, history entry and report follows as in real use; nothing
 * happens when it is 0 (the default). Seeded ({@code MOTCUA_GENERATE_SEED}), it spreads desk and post receipts
 * over the last {@code MOTCUA_GENERATE_DAYS} days (online submissions arrive now, as the intake requires): 55%
 * at the desk, 35% online, 10% by post; 5% refused at intake, 3% asked to complete, 3% stopped, about 70% taken
 * to their result (late when received long enough ago) and the rest left at a step of the process. Progress is
 * logged every 5%.
 */
@Component
@Order(2)
class DatasetGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DatasetGenerator.class);
	private static final String UNIT = DemoDossiers.UNIT;
	private static final List<String> PROCEDURES = List.of(DemoDossiers.HOUSEHOLD_BUSINESS, DemoDossiers.MARRIAGE);
	private static final String[] OFFICIALS = { "tiepnhan.xadoluong", "congchuc.xadoluong", "chutich.xadoluong" };
	private static final DossierAction[] PATH = { DossierAction.ACCEPT, DossierAction.FORWARD, DossierAction.APPROVE,
			DossierAction.RESULT_READY, DossierAction.RETURN_RESULT };

	private final DossierService dossiers;
	private final Organization organization;
	private final Clock clock;
	private final int count;
	private final long seed;
	private final int days;

	DatasetGenerator(DossierService dossiers, Organization organization, ObjectProvider<Clock> clock,
			@Value("${motcua.generate.dossiers:0}") int count, @Value("${motcua.generate.seed:766}") long seed,
			@Value("${motcua.generate.days:90}") int days) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.count = count;
		this.seed = seed;
		this.days = Math.max(1, days);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (count <= 0) {
			return;
		}
		Random random = new Random(seed);
		Caller[] callers = new Caller[OFFICIALS.length];
		for (int i = 0; i < OFFICIALS.length; i++) {
			callers[i] = organization.caller(OFFICIALS[i]);
		}
		long started = System.nanoTime();
		int step = Math.max(1, count / 20);
		for (int n = 1; n <= count; n++) {
			one(random, callers, n);
			if (n % step == 0 || n == count) {
				double seconds = (System.nanoTime() - started) / 1e9;
				log.info("Generated {} of {} dossiers ({}%), {} per second", n, count, 100L * n / count,
						Math.round(n / Math.max(seconds, 0.001)));
			}
		}
	}

	private void one(Random random, Caller[] callers, int n) {
		Instant now = clock.instant();
		double c = random.nextDouble();
		Channel channel = c < 0.55 ? Channel.COUNTER : c < 0.90 ? Channel.ONLINE : Channel.POST;
		String procedure = PROCEDURES.get(random.nextInt(PROCEDURES.size()));
		Instant receivedAt = channel == Channel.ONLINE ? null
				: now.minus(Duration.ofMinutes(random.nextInt(days * 24 * 60) + 1L));
		double fate = random.nextDouble();
		DossierAction outcome = channel == Channel.ONLINE ? null
				: fate < 0.05 ? DossierAction.REFUSE : fate < 0.08 ? DossierAction.REQUEST_COMPLETION : DossierAction.ACCEPT;
		List<ComponentCheck> components = dossiers.termsForIntake(callers[0], procedure).orElseThrow().components().stream()
			.map(rc -> new ComponentCheck(rc.code(), rc.name(), true, null, null)).toList();
		IntakeCommand cmd = new IntakeCommand(procedure, UNIT, channel,
				new Applicant("Người dân " + n + " (dữ liệu tổng hợp)", "0401%08d".formatted(n % 100_000_000),
						"09%08d".formatted(n % 100_000_000), null, "Xã Đô Lương, tỉnh Nghệ An (dữ liệu tổng hợp)"),
				null, receivedAt, components, outcome, outcome == DossierAction.REQUEST_COMPLETION ? List.of("Bản sao giấy tờ") : null,
				outcome == DossierAction.REFUSE ? "Không thuộc thẩm quyền (dữ liệu tổng hợp)" : null);
		DossierView d = dossiers.intake(callers[0], cmd, null).dossier();
		if (outcome == DossierAction.REFUSE || outcome == DossierAction.REQUEST_COMPLETION) {
			return;
		}
		if (fate >= 0.08 && fate < 0.11) {
			act(callers, d, DossierAction.STOP_REQUESTED, "Người nộp xin rút (dữ liệu tổng hợp)");
			return;
		}
		int limit = fate < 0.81 ? 40 : 1 + random.nextInt(3);
		for (int i = 0; i < limit && d != null && !d.status().isTerminal(); i++) {
			d = advance(callers, d);
		}
	}

	/** The next step on the way to the result, taken by whichever official the process lets take it. */
	private @Nullable DossierView advance(Caller[] callers, DossierView d) {
		for (DossierAction action : PATH) {
			DossierView next = act(callers, d, action, null);
			if (next != null) {
				return next;
			}
		}
		return null;
	}

	private @Nullable DossierView act(Caller[] callers, DossierView d, DossierAction action, @Nullable String note) {
		for (Caller caller : callers) {
			DossierView current = dossiers.get(caller, d.code());
			if (!current.allowedActions().contains(action)) {
				continue;
			}
			try {
				Channel via = action == DossierAction.RETURN_RESULT ? current.channel() : null;
				ActionCommand cmd = new ActionCommand(action, current.version(), note, null, null, null, null, null, null, null,
						null, null, null, via);
				return dossiers.act(caller, d.code(), cmd);
			}
			catch (DomainException ex) {
				// not this official's step: the next one may take it
			}
		}
		return null;
	}
}
