package dev.leadscope.account.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccountModelCodecTest {

    @Test
    void givenALearnedModel_whenWrittenAndRead_thenItIsExactlyTheSame() {
        int d = AccountSnapshot.FEATURES.size();
        Random random = new Random(3);
        double[][] x = new double[200][d];
        int[] y = new int[200];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = x[i][0] + random.nextGaussian() > 0.5 ? 1 : 0;
        }
        LearnedAccountModel model = new LearnedAccountModel(LogisticModel.fit(x, y, 1.0), 0.07);

        AccountProbabilityModel back = AccountModelCodec.read(AccountModelCodec.write(model));

        assertThat(back).isEqualTo(model);
    }

    @Test
    void givenACalibratedCombination_whenWrittenAndRead_thenItIsExactlyTheSame() {
        CombinedAccountModel model = CombinedAccountModel.defaults().scaled(0.8123456789, -0.3333333333333);

        assertThat(AccountModelCodec.read(AccountModelCodec.write(model))).isEqualTo(model);
    }

    @Test
    void givenBytesOfAnotherFormatOrFeatureSet_whenRead_thenTheProblemIsNamed() {
        assertThatThrownBy(() -> AccountModelCodec.read("format=other/2\nkind=learned\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not an account model of format leadscope-account-model/1");
        assertThatThrownBy(() -> AccountModelCodec.read(("format=" + AccountModelCodec.FORMAT + "\nkind=learned\nfeatures=a,b\n")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("expects other features than these: a,b");
        assertThatThrownBy(() -> AccountModelCodec.read(("format=" + AccountModelCodec.FORMAT + "\nkind=combined\nprior=x\n")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("account model prior must be a number: 'x'");
        assertThatThrownBy(() -> AccountModelCodec.read("no equals sign".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("line 1 is not key=value");
    }
}
